import { useTranslation } from 'react-i18next';
import { formatPartialDate } from '../../../ui/dates';
import { useLanguage } from '../../../ui/useLanguage';
import type { FinanceSummaryDto } from '../api/projectsApi';
import { formatDecimal, formatMoney, parseDecimal } from './money';

/**
 * The estimated cost against firm commitments in the report currency, the gap between them, and the
 * exchange rates that made the comparison possible, each named with its date.
 */
export function FundingGap({ finance }: { finance: FinanceSummaryDto }) {
  const { t } = useTranslation('projects');
  const { code } = useLanguage();
  const money = (amount: string, currency: string) => formatMoney(amount, currency, code);
  const report = finance.reportCurrency;
  const gap = finance.gap;
  const over = gap ? parseDecimal(gap.amount)?.negative === true : false;

  return (
    <dl className="facts funding-gap" data-testid="funding-gap">
      <div>
        <dt>{t('projects:finance.cost')}</dt>
        <dd className="money">{money(finance.estimatedCost.amount, finance.estimatedCost.currency)}</dd>
      </div>
      <div>
        <dt>{t('projects:finance.committed', { currency: report })}</dt>
        <dd className="money" data-testid="committed-converted">
          {finance.converted ? money(finance.converted.commitment, report) : '—'}
        </dd>
      </div>
      <div>
        <dt>{t('projects:finance.gap')}</dt>
        <dd data-testid="gap">
          {gap ? (
            <>
              <span className="money">{money(over ? gap.amount.slice(1) : gap.amount, gap.currency)}</span>
              {over && <span className="facts__hint">{t('projects:finance.overCommitted')}</span>}
            </>
          ) : (
            t('projects:finance.noRate', {
              pairs: finance.gapReason?.missing.join(', ') ?? '',
              date: formatPartialDate(finance.asOf, code),
            })
          )}
        </dd>
      </div>
      <div>
        <dt>{t('projects:finance.rates')}</dt>
        <dd data-testid="rates">
          {finance.rates.length === 0 ? (
            // Without a rate for a currency, not every amount is in the report currency.
            finance.gapReason ? (
              <span className="muted">—</span>
            ) : (
              t('projects:finance.noConversion', { currency: report })
            )
          ) : (
            <ul className="names">
              {finance.rates.map((r) => (
                <li key={`${r.base}-${r.quote}-${r.date}`}>
                  {t('projects:finance.rate', {
                    base: r.base,
                    quote: r.quote,
                    rate: formatDecimal(r.rate, code),
                    date: formatPartialDate(r.date, code),
                  })}
                  {r.inverse && (
                    <span className="facts__hint">
                      {t('projects:finance.inverse', { from: r.quote, to: r.base })}
                    </span>
                  )}
                </li>
              ))}
            </ul>
          )}
          <span className="facts__hint">
            {t('projects:finance.asOf', { date: formatPartialDate(finance.asOf, code) })}
          </span>
        </dd>
      </div>
    </dl>
  );
}
