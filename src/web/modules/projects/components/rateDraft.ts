import type { RecordRateBody } from '../api/projectsApi';
import { normaliseAmount } from './money';

export interface RateDraft {
  base: string;
  quote: string;
  rate: string;
  date: string;
}

/** 1 base = rate quote, on a date; the rate read as the server reads a decimal. */
export function toRateBody(draft: RateDraft): RecordRateBody {
  return { base: draft.base, quote: draft.quote, rate: normaliseAmount(draft.rate), date: draft.date };
}

/**
 * The pair a rate is most likely wanted for: the first one the funding gap lacks ('EUR/USD'), else
 * none. The summary names pairs as 'FROM/REPORT'.
 */
export function missingPair(missing: readonly string[] | undefined): { base: string; quote: string } | null {
  const [base, quote] = missing?.[0]?.split('/') ?? [];
  return base && quote ? { base, quote } : null;
}
