import type { RateDto, RecordRateBody } from '../../../contracts/finance';
import type { Actor } from '../../core/auth/actor';
import { isUniqueViolation, type DbOrTrx } from '../../core/db/database';
import type { Kernel } from '../../core/module';
import { FinanceErrors } from './finance.errors';
import * as repo from './finance.repository';
import { runIdempotent, type Idempotency, type Written } from '../../core/http/idempotency';
import { normaliseDecimal } from './money';
import type { RateUse } from './summary';

export type RatesDeps = Pick<Kernel, 'db' | 'audit' | 'now'>;

const toDto = (r: repo.FinanceTables['finance_rate']): RateDto => ({
  base: r.base,
  quote: r.quote,
  rate: r.rate,
  date: r.date,
});

/**
 * The Secretariat records a dated rate (1 base = rate quote) for reports. Rates are facts of a day:
 * recorded once, never overwritten. @throws finance.rate_exists
 */
export async function recordRate(
  deps: RatesDeps,
  actor: Actor,
  input: RecordRateBody,
  idem: Idempotency | null,
): Promise<Written<RateDto>> {
  const row = {
    base: input.base,
    quote: input.quote,
    date: input.date,
    rate: normaliseDecimal(input.rate),
    recorded_at: deps.now().toISOString(),
    recorded_by: actor.userId,
  };
  try {
    return await runIdempotent(deps.db, idem, 201, row.recorded_at, async (trx) => {
      await repo.insertRate(trx, row);
      await deps.audit.record(trx, actor, {
        action: 'finance.rate_recorded',
        targetType: 'exchange_rate',
        targetId: `${row.base}/${row.quote}/${row.date}`,
        actingFor: 'secretariat',
        data: { rate: row.rate },
      });
      return toDto(row);
    });
  } catch (err) {
    if (isUniqueViolation(err))
      throw FinanceErrors.rateExists({ base: row.base, quote: row.quote, date: row.date });
    throw err;
  }
}

export async function listRates(d: DbOrTrx, f: { base?: string; quote?: string; limit: number }) {
  return (await repo.listRates(d, f)).map(toDto);
}

/**
 * The rate to convert `from` into `to` on `day`: the latest recorded on or before that day, stored
 * either way round (an inverse rate is used as 1/rate); the more recent wins, direct on a tie.
 */
export async function findRate(d: DbOrTrx, from: string, to: string, day: string): Promise<RateUse | null> {
  const [direct, inverse] = await Promise.all([
    repo.findRateOnOrBefore(d, from, to, day),
    repo.findRateOnOrBefore(d, to, from, day),
  ]);
  if (direct && (!inverse || direct.date >= inverse.date)) return { rate: toDto(direct), inverse: false };
  if (inverse) return { rate: toDto(inverse), inverse: true };
  return null;
}
