import { useTranslation } from 'react-i18next';
import type { Source } from '../../../../contracts/regimes';
import { ExternalLink } from '../../../ui/ExternalLink';

/** Where a value comes from and when it was read, or that no source is named (ADR 0118). */
export function SourceNote({ source }: { source: Source | null }) {
  const { t } = useTranslation('regimes');
  if (!source) return <span className="regime-unsourced">{t('regimes:unsourced')}</span>;
  return (
    <span className="regime-source">
      <ExternalLink href={source.url}>{t('regimes:source')}</ExternalLink>{' '}
      {t('regimes:readOn', { date: source.readOn })}
    </span>
  );
}
