import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { FinanceSummaryDto } from '../api/projectsApi';
import { useLanguage } from '../../../ui/useLanguage';
import { barFractions, percent } from './chartScale';
import { currencyName } from './currencyName';
import { formatMoney } from './money';
import { ENTRY_KINDS } from './projectValues';

type CurrencyTotals = FinanceSummaryDto['totals'][number];

/** One row: a line of text (what and how much), the bar under it. In CSS pixels, never scaled. */
const ROW = 46;
const TEXT_BASELINE = 16;
const BAR_TOP = 23;
const BAR_HEIGHT = 14;

/**
 * Pledged, committed, disbursed and spent in one currency as horizontal bars. Each amount is written
 * out exactly as the server's decimal string; only the bar lengths are scaled. The SVG is as wide as
 * its box and its text keeps the page's size, so that it stays legible on a phone.
 */
export function CurrencyBars({ totals }: { totals: CurrencyTotals }) {
  const { t } = useTranslation('projects');
  const { code, intl } = useLanguage();
  const id = useId();
  const values = ENTRY_KINDS.map((k) => totals[k]);
  const fractions = barFractions(values);
  const amounts = values.map((v) => formatMoney(v, totals.currency, code));
  const labels = ENTRY_KINDS.map((k) => t(`projects:total.${k}`));

  return (
    <figure className="finance-chart__currency" data-currency={totals.currency}>
      <figcaption id={`${id}-caption`}>
        {t('projects:finance.inCurrency', {
          currency: currencyName(totals.currency, intl),
          code: totals.currency,
        })}
      </figcaption>
      <svg
        className="finance-chart__svg"
        width="100%"
        height={ROW * ENTRY_KINDS.length}
        role="img"
        aria-labelledby={`${id}-caption`}
        aria-describedby={`${id}-desc`}
      >
        <desc id={`${id}-desc`}>
          {labels.map((label, i) => t('projects:finance.barText', { label, amount: amounts[i] })).join('; ')}
        </desc>
        {ENTRY_KINDS.map((kind, i) => {
          const top = i * ROW;
          return (
            <g key={kind} className={`finance-bar finance-bar--${kind}`} data-kind={kind}>
              <text className="finance-bar__label" x="0" y={top + TEXT_BASELINE}>
                {labels[i]}
              </text>
              <text
                className="finance-bar__value"
                x="100%"
                y={top + TEXT_BASELINE}
                textAnchor="end"
                data-testid={`total-${totals.currency}-${kind}`}
              >
                {amounts[i]}
              </text>
              <rect
                className="finance-bar__track"
                x="0"
                y={top + BAR_TOP}
                width="100%"
                height={BAR_HEIGHT}
                rx="3"
              />
              <rect
                className="finance-bar__fill"
                x="0"
                y={top + BAR_TOP}
                width={percent(fractions[i]!)}
                height={BAR_HEIGHT}
                rx="3"
              />
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
