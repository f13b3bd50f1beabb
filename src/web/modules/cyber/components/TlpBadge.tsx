import { useTranslation } from 'react-i18next';
import type { PracticeMarking } from '../api/practices';

/** A practice's TLP marking, with what it means for its readers. */
export function TlpBadge({ marking }: { marking: PracticeMarking }) {
  const { t } = useTranslation('cyberPractices');
  return (
    <span className={`tlp-badge tlp-badge--${marking}`} title={t(`cyberPractices:marking.${marking}Hint`)}>
      {t(`cyberPractices:marking.${marking}`)}
    </span>
  );
}
