import { useTranslation } from 'react-i18next';
import type { Source } from '../../../../contracts/states';

const ICON: Record<Source['confidence'], string> = { confirmed: '✓', secondary: '≈', unverified: '?' };

/** Confidence is spelled out, not only coloured: colour alone says nothing to many readers. */
export function ConfidenceMarker({ confidence }: { confidence: Source['confidence'] }) {
  const { t } = useTranslation('states');
  return (
    <span className={`confidence confidence--${confidence}`}>
      <span className="confidence__icon" aria-hidden="true">
        {ICON[confidence]}
      </span>
      {t(`states:confidence.${confidence}`)}
    </span>
  );
}
