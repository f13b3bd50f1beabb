import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../ui/useLanguage';
import { useStateNames } from '../../states';
import { formatPercent } from './percent';

/**
 * A bar per responsible state, in name order, with the value written out: the bars are drawn for the
 * eye and hidden from assistive technology, which reads the names and percentages.
 */
export function StateProgressChart({ perState }: { perState: Record<string, number> }) {
  const { t } = useTranslation('plans');
  const { code, intl } = useLanguage();
  const stateName = useStateNames();
  const collator = new Intl.Collator(intl);
  const rows = Object.entries(perState).sort(([a], [b]) => collator.compare(stateName(a), stateName(b)));
  if (rows.length === 0) return <p className="muted">{t('plans:chart.none')}</p>;
  return (
    <figure className="bar-chart" data-testid="state-chart">
      <figcaption className="visually-hidden">{t('plans:chart.caption')}</figcaption>
      <ul className="bar-chart__rows">
        {rows.map(([state, value]) => (
          <li key={state} className="bar-chart__row" data-state={state}>
            <span className="bar-chart__label">{stateName(state)}</span>
            <span className="bar-chart__track" aria-hidden="true">
              <span className="bar-chart__bar" style={{ width: `${Math.min(100, Math.max(0, value))}%` }} />
            </span>
            <span className="bar-chart__value">{formatPercent(value, code)}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
