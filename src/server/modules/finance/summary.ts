import type { EntryKind, FinanceSummaryDto, RateDto } from '../../../contracts/finance';
import type { TotalRow } from './finance.repository';
import { convertMinor, exponentOf, fromMinor, parseDecimal } from './money';

const KINDS: readonly EntryKind[] = ['pledge', 'commitment', 'disbursement', 'expenditure'];
type Totals = Record<EntryKind, bigint>;
const zero = (): Totals => ({ pledge: 0n, commitment: 0n, disbursement: 0n, expenditure: 0n });
const format = (t: Totals, currency: string) =>
  Object.fromEntries(KINDS.map((k) => [k, fromMinor(t[k], currency)])) as Record<EntryKind, string>;

/** A rate found for converting `from` into the report currency; `inverse` when stored the other way. */
export interface RateUse {
  rate: RateDto;
  inverse: boolean;
}

export interface SummaryInput {
  projectId: string;
  rows: TotalRow[];
  estimatedCost: { minor: bigint; currency: string };
  reportCurrency: string;
  /** For every currency other than the report currency: the rate to use, or null when none exists. */
  rates: Map<string, RateUse | null>;
  asOf: string;
}

/** The currencies a summary must convert: every currency booked, and the estimated cost's. */
export function currenciesToConvert(rows: TotalRow[], costCurrency: string, report: string): string[] {
  return [...new Set([...rows.map((r) => r.currency), costCurrency])].filter((c) => c !== report).sort();
}

function convert(minor: bigint, from: string, to: string, use: RateUse | null | undefined): bigint {
  if (from === to) return minor;
  const r = use!;
  return convertMinor(minor, exponentOf(from), exponentOf(to), parseDecimal(r.rate.rate), r.inverse);
}

/**
 * Totals per currency and per funder, exact; then, when every currency has a rate, the same totals in
 * the report currency and the funding gap (estimated cost minus net commitments). Each currency's
 * total is converted once, rounded half to even, so the converted figures do not depend on how many
 * entries there are.
 */
export function buildSummary(input: SummaryInput): FinanceSummaryDto {
  const { rows, reportCurrency: report } = input;
  const perCurrency = new Map<string, Totals>();
  const perFunder = new Map<string, Totals>();
  for (const r of rows) {
    const c = perCurrency.get(r.currency) ?? zero();
    c[r.kind] += r.total;
    perCurrency.set(r.currency, c);
    const key = `${r.funder}\u0000${r.currency}`;
    const f = perFunder.get(key) ?? zero();
    f[r.kind] += r.total;
    perFunder.set(key, f);
  }
  const needed = currenciesToConvert(rows, input.estimatedCost.currency, report);
  const missing = needed.filter((c) => !input.rates.get(c)).map((c) => `${c}/${report}`);
  let converted: Totals | null = null;
  let gap: bigint | null = null;
  if (missing.length === 0) {
    converted = zero();
    for (const [currency, t] of perCurrency) {
      for (const k of KINDS) converted[k] += convert(t[k], currency, report, input.rates.get(currency));
    }
    const cost = input.estimatedCost;
    gap = convert(cost.minor, cost.currency, report, input.rates.get(cost.currency)) - converted.commitment;
  }
  return {
    projectId: input.projectId,
    totals: [...perCurrency.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([currency, t]) => ({ currency, ...format(t, currency) })),
    byFunder: [...perFunder.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, t]) => {
        const [funder, currency] = key.split('\u0000') as [string, string];
        return { funder, currency, ...format(t, currency) };
      }),
    estimatedCost: {
      amount: fromMinor(input.estimatedCost.minor, input.estimatedCost.currency),
      currency: input.estimatedCost.currency,
    },
    reportCurrency: report,
    converted: converted && format(converted, report),
    rates: needed.flatMap((c) => {
      const use = input.rates.get(c);
      return use ? [{ ...use.rate, inverse: use.inverse }] : [];
    }),
    gap: gap === null ? null : { amount: fromMinor(gap, report), currency: report },
    gapReason: missing.length ? { code: 'no_rate' as const, missing } : null,
    asOf: input.asOf,
  };
}
