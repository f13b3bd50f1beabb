import type { ExpressionBuilder } from 'kysely';
import type { RegimeDto, RegimeFields, RegimesQuery } from '../../../contracts/regimes';
import { tables, toNumber, type DbOrTrx } from '../../core/db/database';
import { statusDates, unsourcedFields } from './rules';

export interface RegimesTables {
  regimes_regime: {
    code: string;
    state_code: string;
    type: string;
    initiated_on: string | null;
    in_force_from: string | null;
    withdrawn_on: string | null;
    ends_on: string | null;
    nationals_of: string | null;
    demo: number | boolean;
    data: string;
    updated_at: string;
    updated_by: string | null;
  };
  regimes_import: {
    id: string;
    status: 'queued' | 'running' | 'done' | 'failed';
    total: number;
    processed: number;
    skipped_rows: string;
    csv: string | null;
    error: string | null;
    created_by: string;
    created_at: string;
    finished_at: string | null;
  };
}
export type RegimeRow = RegimesTables['regimes_regime'];
export type ImportRow = RegimesTables['regimes_import'];

const db = (d: DbOrTrx) => tables<RegimesTables>(d);

export function toDto(r: RegimeRow): RegimeDto {
  const fields = JSON.parse(r.data) as RegimeFields;
  return {
    code: r.code,
    ...fields,
    demo: !!r.demo,
    inForceFrom: r.in_force_from,
    endsOn: r.ends_on,
    unsourced: unsourcedFields(fields),
    updatedAt: r.updated_at,
  };
}

export function toRow(
  code: string,
  f: RegimeFields,
  meta: { demo: boolean; at: string; by: string | null },
): RegimeRow {
  const d = statusDates(f);
  return {
    code,
    state_code: f.state,
    type: f.type,
    initiated_on: d.initiatedOn,
    in_force_from: d.inForceFrom,
    withdrawn_on: d.withdrawnOn,
    ends_on: d.endsOn,
    nationals_of: f.visa.value?.nationalsOf ?? null,
    demo: meta.demo ? 1 : 0,
    // Key order fixed, so an unchanged regime stores the same text.
    data: JSON.stringify(fields(f)),
    updated_at: meta.at,
    updated_by: meta.by,
  };
}

/** The stored fields in a fixed order (a body may list them in any). */
export function fields(f: RegimeFields): RegimeFields {
  return {
    state: f.state,
    type: f.type,
    name: f.name,
    legalBasis: f.legalBasis,
    area: f.area,
    benefits: f.benefits,
    eligibility: f.eligibility,
    validity: f.validity,
    visa: f.visa,
    history: f.history,
  };
}

export async function findRegime(d: DbOrTrx, code: string): Promise<RegimeRow | undefined> {
  return db(d).selectFrom('regimes_regime').selectAll().where('code', '=', code).executeTakeFirst();
}

export async function findRegimes(d: DbOrTrx, codes: string[]): Promise<Map<string, RegimeRow>> {
  const out = new Map<string, RegimeRow>();
  for (let i = 0; i < codes.length; i += 500) {
    const rows = await db(d)
      .selectFrom('regimes_regime')
      .selectAll()
      .where('code', 'in', codes.slice(i, i + 500))
      .execute();
    for (const r of rows) out.set(r.code, r);
  }
  return out;
}

export async function insertRegime(d: DbOrTrx, row: RegimeRow) {
  await db(d).insertInto('regimes_regime').values(row).execute();
}

export async function updateRegime(d: DbOrTrx, row: RegimeRow) {
  const { code, ...rest } = row;
  await db(d).updateTable('regimes_regime').set(rest).where('code', '=', code).execute();
}

/** Inserts or replaces regimes by code; a regime once demo stays marked demo only if the new row is. */
export async function upsertRegimes(d: DbOrTrx, rows: RegimeRow[]) {
  if (!rows.length) return;
  await db(d)
    .insertInto('regimes_regime')
    .values(rows)
    .onConflict((oc) =>
      oc.column('code').doUpdateSet((eb) => ({
        state_code: eb.ref('excluded.state_code'),
        type: eb.ref('excluded.type'),
        initiated_on: eb.ref('excluded.initiated_on'),
        in_force_from: eb.ref('excluded.in_force_from'),
        withdrawn_on: eb.ref('excluded.withdrawn_on'),
        ends_on: eb.ref('excluded.ends_on'),
        nationals_of: eb.ref('excluded.nationals_of'),
        demo: eb.ref('excluded.demo'),
        data: eb.ref('excluded.data'),
        updated_at: eb.ref('excluded.updated_at'),
        updated_by: eb.ref('excluded.updated_by'),
      })),
    )
    .execute();
}

type Eb = ExpressionBuilder<RegimesTables, 'regimes_regime'>;

/** The stock rule of ADR 0117 in SQL: entered into force on or before `day`, not yet ended on it. */
export const inForceOnSql = (eb: Eb, day: string) =>
  eb.and([eb('in_force_from', '<=', day), eb.or([eb('ends_on', 'is', null), eb('ends_on', '>', day)])]);

type Filter = Pick<RegimesQuery, 'state' | 'type' | 'inForceOn' | 'q'>;

function filtered(d: DbOrTrx, f: Filter, skip?: 'state' | 'type') {
  let q = db(d).selectFrom('regimes_regime');
  if (f.state && skip !== 'state') q = q.where('state_code', '=', f.state);
  if (f.type && skip !== 'type') q = q.where('type', '=', f.type);
  if (f.inForceOn) q = q.where((eb) => inForceOnSql(eb, f.inForceOn!));
  if (f.q) {
    const like = `%${f.q.toLowerCase().replace(/[%_]/g, '')}%`;
    q = q.where((eb) =>
      eb.or([eb(eb.fn('lower', ['code']), 'like', like), eb(eb.fn('lower', ['data']), 'like', like)]),
    );
  }
  return q;
}

export async function listRegimes(d: DbOrTrx, f: RegimesQuery) {
  const rows = await filtered(d, f)
    .selectAll()
    .orderBy('state_code')
    .orderBy('code')
    .limit(f.limit)
    .offset(f.offset)
    .execute();
  const count = await filtered(d, f)
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  // Each facet counts with the other filters only, so a reader sees what choosing another value gives.
  const facet = async (col: 'type' | 'state') => {
    const key = col === 'type' ? 'type' : 'state_code';
    const rs = await filtered(d, f, col)
      .select([key, (eb) => eb.fn.countAll().as('n')])
      .groupBy(key)
      .execute();
    return Object.fromEntries(rs.map((r) => [r[key], toNumber(r.n)]));
  };
  return {
    total: toNumber(count.n),
    items: rows.map(toDto),
    facets: { type: await facet('type'), state: await facet('state') },
  };
}

/** The codes of the regimes in force on `day` (the bench's query and the property test's). */
export async function codesInForce(d: DbOrTrx, day: string): Promise<string[]> {
  const rows = await db(d)
    .selectFrom('regimes_regime')
    .select('code')
    .where((eb) => inForceOnSql(eb, day))
    .orderBy('code')
    .execute();
  return rows.map((r) => r.code);
}

/** Regimes with a status date in [from, to], both days included. */
export async function regimesChangedIn(
  d: DbOrTrx,
  from: string,
  to: string,
  f: Omit<Filter, 'inForceOn' | 'q'>,
) {
  let q = db(d)
    .selectFrom('regimes_regime')
    .selectAll()
    .where((eb) =>
      eb.or(
        (['initiated_on', 'in_force_from', 'withdrawn_on'] as const).map((c) =>
          eb.and([eb(c, '>=', from), eb(c, '<=', to)]),
        ),
      ),
    );
  if (f.state) q = q.where('state_code', '=', f.state);
  if (f.type) q = q.where('type', '=', f.type);
  return (await q.execute()).map(toDto);
}

export async function visaRegimesInForce(d: DbOrTrx, day: string) {
  const rows = await db(d)
    .selectFrom('regimes_regime')
    .selectAll()
    .where('type', '=', 'visa_regime')
    .where('nationals_of', 'is not', null)
    .where((eb) => inForceOnSql(eb, day))
    .orderBy('code')
    .execute();
  return rows.map(toDto);
}

export async function insertImport(d: DbOrTrx, row: ImportRow) {
  await db(d).insertInto('regimes_import').values(row).execute();
}

export async function findImport(d: DbOrTrx, id: string) {
  return db(d).selectFrom('regimes_import').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The oldest import not finished: queued, or left running by a process that died. */
export async function nextImport(d: DbOrTrx) {
  return db(d)
    .selectFrom('regimes_import')
    .selectAll()
    .where('status', 'in', ['queued', 'running'])
    .orderBy('created_at')
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
}

export async function updateImport(d: DbOrTrx, id: string, set: Partial<Omit<ImportRow, 'id'>>) {
  await db(d).updateTable('regimes_import').set(set).where('id', '=', id).execute();
}
