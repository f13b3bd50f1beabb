import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../ui/useLanguage';
import { useLocalized } from '../../../ui/useLocalized';
import type { Indicator } from '../api/projectsApi';
import { formatDecimal } from './money';

/** Result indicators with their exact decimal values: baseline, target and, once measured, actual. */
export function IndicatorsTable({ indicators }: { indicators: Indicator[] }) {
  const { t } = useTranslation('projects');
  const { code } = useLanguage();
  const localized = useLocalized();
  if (indicators.length === 0) return <p className="muted">{t('projects:indicators.empty')}</p>;
  return (
    <div className="table-scroll" role="region" aria-labelledby="indicators-caption" tabIndex={0}>
      <table className="table" data-testid="indicators">
        <caption id="indicators-caption">
          {t('projects:indicators.caption', { count: indicators.length })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('projects:indicators.indicator')}</th>
            <th scope="col">{t('projects:indicators.unit')}</th>
            <th scope="col" className="numeric">
              {t('projects:indicators.baseline')}
            </th>
            <th scope="col" className="numeric">
              {t('projects:indicators.target')}
            </th>
            <th scope="col" className="numeric">
              {t('projects:indicators.actual')}
            </th>
          </tr>
        </thead>
        <tbody>
          {indicators.map((i) => (
            <tr key={i.id}>
              <th scope="row">{localized(i.name)}</th>
              <td>{i.unit}</td>
              <td className="numeric">{formatDecimal(i.baseline, code)}</td>
              <td className="numeric">{formatDecimal(i.target, code)}</td>
              <td className="numeric">
                {i.actual === null ? (
                  <span className="muted">{t('projects:indicators.notMeasured')}</span>
                ) : (
                  formatDecimal(i.actual, code)
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
