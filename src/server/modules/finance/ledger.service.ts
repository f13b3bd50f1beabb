import {
  isPlannedKind,
  type EntryKind,
  type FinanceSummaryDto,
  type LedgerEntryDto,
} from '../../../contracts/finance';
import type { Actor } from '../../core/auth/actor';
import { isUniqueViolation, type DbOrTrx, type Trx } from '../../core/db/database';
import { requireNotAfterToday } from '../../core/errors';
import { newId } from '../../core/ids';
import type { Kernel } from '../../core/module';
import { FinanceErrors } from './finance.errors';
import * as repo from './finance.repository';
import { fromMinor, toMinor } from './money';
import { findRate } from './rates.service';
import { buildSummary, currenciesToConvert, type RateUse } from './summary';

export type LedgerDeps = Pick<Kernel, 'audit' | 'now'>;

/**
 * A group's gross total stays below this, so no SUM the database computes over it can overflow a
 * 64-bit integer (the largest is 9.22e18). 10^18 minor units is 10^16 US dollars.
 */
const MAX_GROSS_MINOR = 10n ** 18n;

export function toEntryDto(e: repo.Entry): LedgerEntryDto {
  return {
    id: e.id,
    projectId: e.projectId,
    kind: e.kind,
    funder: e.funder,
    amount: fromMinor(e.amountMinor, e.currency),
    currency: e.currency,
    valueDate: e.valueDate,
    agreementNumber: e.agreementNumber,
    reverses: e.reverses,
    reversedBy: e.reversedBy,
    reason: e.reason,
    bookedAt: e.bookedAt,
  };
}

/**
 * Disbursements by a funder to a project never exceed its commitments to it in that currency. The
 * caller holds a lock that serialises bookings on the project (its row, FOR UPDATE on PostgreSQL), so
 * two racing disbursements cannot both read the same headroom.
 */
async function checkHeadroom(
  trx: Trx,
  e: Pick<repo.Entry, 'projectId' | 'funder' | 'currency' | 'kind'>,
  amount: bigint,
) {
  const affects = (e.kind === 'disbursement' && amount > 0n) || (e.kind === 'commitment' && amount < 0n);
  if (!affects) return;
  const rows = await repo.totalsByFunder(trx, e.projectId, { funder: e.funder, currency: e.currency });
  const of = (k: EntryKind) => rows.find((r) => r.kind === k)?.total ?? 0n;
  const committed = of('commitment') + (e.kind === 'commitment' ? amount : 0n);
  const disbursed = of('disbursement') + (e.kind === 'disbursement' ? amount : 0n);
  if (disbursed > committed) {
    throw FinanceErrors.overDisbursement({
      funder: e.funder,
      currency: e.currency,
      committed: fromMinor(of('commitment'), e.currency),
      disbursed: fromMinor(of('disbursement'), e.currency),
      requested: fromMinor(amount < 0n ? -amount : amount, e.currency),
    });
  }
}

export interface BookInput {
  projectId: string;
  kind: EntryKind;
  funder: string;
  amount: string;
  currency: string;
  valueDate: string;
  agreementNumber?: string;
  /** The state the actor acts for as funder, or 'secretariat'. */
  actingFor: string;
}

/**
 * Books one entry inside the caller's transaction, audited there. The caller has checked that the
 * project exists, that the funder is known and that the actor may book for it, and holds the project
 * lock. @throws finance.over_disbursement, finance.total_too_large, finance.invalid_amount,
 * dates.after_today
 */
export async function bookEntry(
  trx: Trx,
  deps: LedgerDeps,
  actor: Actor | null,
  input: BookInput,
): Promise<LedgerEntryDto> {
  // A pledge or commitment may name a payment still to come; a disbursement or expenditure has happened.
  if (!isPlannedKind(input.kind)) requireNotAfterToday(input.valueDate, deps.now(), 'valueDate');
  let amount: bigint;
  try {
    amount = toMinor(input.amount, input.currency);
  } catch {
    throw FinanceErrors.invalidAmount({ amount: input.amount, currency: input.currency });
  }
  await checkHeadroom(trx, input, amount);
  const gross = await repo.grossTotal(trx, input.projectId, input.kind, input.currency);
  if (gross + amount > MAX_GROSS_MINOR) throw FinanceErrors.totalTooLarge({ currency: input.currency });
  const row = {
    id: newId(),
    project_id: input.projectId,
    kind: input.kind,
    funder: input.funder,
    currency: input.currency,
    amount_minor: amount.toString(),
    value_date: input.valueDate,
    agreement_number: input.agreementNumber ?? null,
    reverses_id: null,
    reason: null,
    booked_at: deps.now().toISOString(),
    booked_by: actor?.userId ?? null,
    acting_for: input.actingFor,
  };
  await repo.insertEntry(trx, row);
  await deps.audit.record(trx, actor, {
    action: 'finance.entry_booked',
    targetType: 'project',
    targetId: input.projectId,
    actingFor: input.actingFor,
    data: {
      entryId: row.id,
      kind: row.kind,
      funder: row.funder,
      amount: fromMinor(amount, row.currency),
      currency: row.currency,
      valueDate: row.value_date,
      agreementNumber: row.agreement_number,
    },
  });
  return toEntryDto({
    id: row.id,
    projectId: row.project_id,
    kind: input.kind,
    funder: row.funder,
    currency: row.currency,
    amountMinor: amount,
    valueDate: row.value_date,
    agreementNumber: row.agreement_number,
    reverses: null,
    reversedBy: null,
    reason: null,
    bookedAt: row.booked_at,
  });
}

/**
 * Books the reversing entry of `entryId` (same kind, funder and currency, opposite amount). A reversal
 * is final: it cannot be reversed, and an entry is reversed at most once (a unique index holds that
 * also under a race). Reversing a commitment must leave the funder's disbursements covered.
 */
export async function reverseEntry(
  trx: Trx,
  deps: LedgerDeps,
  actor: Actor | null,
  input: { projectId: string; entryId: string; reason: string; actingFor: string },
): Promise<LedgerEntryDto> {
  const original = await repo.findEntry(trx, input.projectId, input.entryId);
  if (!original) throw FinanceErrors.entryNotFound({ id: input.entryId });
  if (original.reverses) throw FinanceErrors.reversalNotReversible({ id: original.id });
  if (original.reversedBy) {
    throw FinanceErrors.alreadyReversed({ id: original.id, reversedBy: original.reversedBy });
  }
  const amount = -original.amountMinor;
  await checkHeadroom(trx, original, amount);
  const row = {
    id: newId(),
    project_id: original.projectId,
    kind: original.kind,
    funder: original.funder,
    currency: original.currency,
    amount_minor: amount.toString(),
    // The original's value date, so that a conversion at that date nets the pair to zero.
    value_date: original.valueDate,
    agreement_number: original.agreementNumber,
    reverses_id: original.id,
    reason: input.reason,
    booked_at: deps.now().toISOString(),
    booked_by: actor?.userId ?? null,
    acting_for: input.actingFor,
  };
  try {
    await repo.insertEntry(trx, row);
  } catch (err) {
    if (isUniqueViolation(err)) throw FinanceErrors.alreadyReversed({ id: original.id, reversedBy: null });
    throw err;
  }
  await deps.audit.record(trx, actor, {
    action: 'finance.entry_reversed',
    targetType: 'project',
    targetId: original.projectId,
    actingFor: input.actingFor,
    data: { entryId: row.id, reverses: original.id, reason: input.reason },
  });
  return toEntryDto({
    ...original,
    id: row.id,
    amountMinor: amount,
    reverses: original.id,
    reversedBy: null,
    reason: input.reason,
    bookedAt: row.booked_at,
  });
}

export async function findEntry(d: DbOrTrx, projectId: string, id: string) {
  return repo.findEntry(d, projectId, id);
}

export async function listEntries(d: DbOrTrx, projectId: string, page?: { limit: number; after?: string }) {
  return (await repo.listEntries(d, projectId, page)).map(toEntryDto);
}

/** Every entry of a project as stored (exports need the amounts as exact minor units). */
export async function listLedger(d: DbOrTrx, projectId: string): Promise<repo.Entry[]> {
  return repo.listEntries(d, projectId);
}

/**
 * A project's finance summary: exact totals from one GROUP BY over its entries, and, in the report
 * currency (default: the estimated cost's), converted totals and the funding gap at the latest rates
 * on or before `day`.
 */
export async function summarise(
  d: DbOrTrx,
  input: {
    projectId: string;
    estimatedCost: { minor: bigint; currency: string };
    reportCurrency?: string;
    day: string;
  },
): Promise<FinanceSummaryDto> {
  const rows = await repo.totalsByFunder(d, input.projectId);
  const report = input.reportCurrency ?? input.estimatedCost.currency;
  const rates = new Map<string, RateUse | null>();
  for (const c of currenciesToConvert(rows, input.estimatedCost.currency, report)) {
    rates.set(c, await findRate(d, c, report, input.day));
  }
  return buildSummary({
    projectId: input.projectId,
    rows,
    estimatedCost: input.estimatedCost,
    reportCurrency: report,
    rates,
    asOf: input.day,
  });
}
