import { useTranslation } from 'react-i18next';
import type { FinanceSummaryDto } from '../api/projectsApi';
import { CurrencyBars } from './CurrencyBars';

/** The financing per currency: amounts in different currencies are never added up on one bar. */
export function FinanceChart({ finance }: { finance: FinanceSummaryDto }) {
  const { t } = useTranslation('projects');
  if (finance.totals.length === 0) return <p className="muted">{t('projects:finance.nothingBooked')}</p>;
  return (
    <div className="finance-chart" data-testid="finance-chart">
      {finance.totals.map((totals) => (
        <CurrencyBars key={totals.currency} totals={totals} />
      ))}
    </div>
  );
}
