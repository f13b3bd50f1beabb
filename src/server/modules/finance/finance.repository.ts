import { sql } from 'kysely';
import type { EntryKind } from '../../../contracts/finance';
import { tables, type DbOrTrx } from '../../core/db/database';

export interface FinanceTables {
  finance_entry: {
    id: string;
    project_id: string;
    kind: string;
    funder: string;
    currency: string;
    /** Written as a decimal string of minor units; read back through `cast(... as text)`. */
    amount_minor: string;
    value_date: string;
    agreement_number: string | null;
    reverses_id: string | null;
    reason: string | null;
    booked_at: string;
    booked_by: string | null;
    acting_for: string;
  };
  finance_rate: {
    base: string;
    quote: string;
    date: string;
    rate: string;
    recorded_at: string;
    recorded_by: string | null;
  };
}

export interface Entry {
  id: string;
  projectId: string;
  kind: EntryKind;
  funder: string;
  currency: string;
  amountMinor: bigint;
  valueDate: string;
  agreementNumber: string | null;
  reverses: string | null;
  reversedBy: string | null;
  reason: string | null;
  bookedAt: string;
}

const db = (d: DbOrTrx) => tables<FinanceTables>(d);

/**
 * SQLite hands back integers as JavaScript numbers, which lose precision past 2^53; PostgreSQL hands
 * back bigint and numeric as strings. Casting to text in SQL gives one exact representation on both.
 */
const amountText = sql<string>`cast(e.amount_minor as text)`.as('amount_text');

export async function insertEntry(d: DbOrTrx, row: FinanceTables['finance_entry']) {
  await db(d).insertInto('finance_entry').values(row).execute();
}

function entryQuery(d: DbOrTrx) {
  return db(d)
    .selectFrom('finance_entry as e')
    .leftJoin('finance_entry as r', 'r.reverses_id', 'e.id')
    .select([
      'e.id',
      'e.project_id',
      'e.kind',
      'e.funder',
      'e.currency',
      amountText,
      'e.value_date',
      'e.agreement_number',
      'e.reverses_id',
      'e.reason',
      'e.booked_at',
      'r.id as reversed_by',
    ]);
}

type EntryRow = Awaited<ReturnType<ReturnType<typeof entryQuery>['execute']>>[number];

function toEntry(r: EntryRow): Entry {
  return {
    id: r.id,
    projectId: r.project_id,
    kind: r.kind as EntryKind,
    funder: r.funder,
    currency: r.currency,
    amountMinor: BigInt(r.amount_text),
    valueDate: r.value_date,
    agreementNumber: r.agreement_number,
    reverses: r.reverses_id,
    reversedBy: r.reversed_by,
    reason: r.reason,
    bookedAt: r.booked_at,
  };
}

export async function findEntry(d: DbOrTrx, projectId: string, id: string): Promise<Entry | undefined> {
  const r = await entryQuery(d)
    .where('e.id', '=', id)
    .where('e.project_id', '=', projectId)
    .executeTakeFirst();
  return r ? toEntry(r) : undefined;
}

export async function listEntries(
  d: DbOrTrx,
  projectId: string,
  page: { limit: number; after?: string } = { limit: 100_000 },
): Promise<Entry[]> {
  let q = entryQuery(d).where('e.project_id', '=', projectId).orderBy('e.id').limit(page.limit);
  if (page.after) q = q.where('e.id', '>', page.after);
  return (await q.execute()).map(toEntry);
}

export interface TotalRow {
  kind: EntryKind;
  funder: string;
  currency: string;
  total: bigint;
}

/** Net totals of one project by kind, funder and currency: one range scan of the covering index. */
export async function totalsByFunder(
  d: DbOrTrx,
  projectId: string,
  filter: { funder?: string; currency?: string } = {},
): Promise<TotalRow[]> {
  let q = db(d)
    .selectFrom('finance_entry')
    .select(['kind', 'funder', 'currency', sql<string>`cast(sum(amount_minor) as text)`.as('total')])
    .where('project_id', '=', projectId)
    .groupBy(['funder', 'currency', 'kind']);
  if (filter.funder) q = q.where('funder', '=', filter.funder);
  if (filter.currency) q = q.where('currency', '=', filter.currency);
  return (await q.execute()).map((r) => ({
    kind: r.kind as EntryKind,
    funder: r.funder,
    currency: r.currency,
    total: BigInt(r.total),
  }));
}

/**
 * The sum of the positive entries of one project, kind and currency. Negative entries only reverse
 * positive ones, so this bounds every running sum the database computes for that group.
 */
export async function grossTotal(
  d: DbOrTrx,
  projectId: string,
  kind: EntryKind,
  currency: string,
): Promise<bigint> {
  const r = await db(d)
    .selectFrom('finance_entry')
    .select(sql<string | null>`cast(sum(amount_minor) as text)`.as('total'))
    .where('project_id', '=', projectId)
    .where('kind', '=', kind)
    .where('currency', '=', currency)
    .where('amount_minor', '>', sql<string>`0`)
    .executeTakeFirst();
  return BigInt(r?.total ?? '0');
}

export async function insertRate(d: DbOrTrx, row: FinanceTables['finance_rate']) {
  await db(d).insertInto('finance_rate').values(row).execute();
}

export async function findRateOnOrBefore(
  d: DbOrTrx,
  base: string,
  quote: string,
  day: string,
): Promise<FinanceTables['finance_rate'] | undefined> {
  return db(d)
    .selectFrom('finance_rate')
    .selectAll()
    .where('base', '=', base)
    .where('quote', '=', quote)
    .where('date', '<=', day)
    .orderBy('date', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function listRates(d: DbOrTrx, f: { base?: string; quote?: string; limit: number }) {
  let q = db(d).selectFrom('finance_rate').selectAll().orderBy('date', 'desc').orderBy('base').limit(f.limit);
  if (f.base) q = q.where('base', '=', f.base);
  if (f.quote) q = q.where('quote', '=', f.quote);
  return q.orderBy('quote').execute();
}
