import { useTranslation } from 'react-i18next';
import type { StateSummaryDto } from '../../../../contracts/states';
import { STATE_STATUSES } from './statuses';

export function MapLegend({ states }: { states: StateSummaryDto[] }) {
  const { t } = useTranslation('states');
  const present = STATE_STATUSES.map((status) => ({
    status,
    count: states.filter((s) => s.status === status).length,
  })).filter((s) => s.count > 0);
  return (
    <div className="map-legend">
      <span className="map-legend__title">{t('states:legend.title')}</span>
      <ul>
        {present.map(({ status, count }) => (
          <li key={status}>
            <span className={`swatch status--${status}`} aria-hidden="true" />
            {t('states:legend.entry', { status: t(`states:status.${status}`), n: count })}
          </li>
        ))}
        <li>
          <span className="swatch swatch--other" aria-hidden="true" />
          {t('states:legend.other')}
        </li>
      </ul>
    </div>
  );
}
