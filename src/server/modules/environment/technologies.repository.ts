import { sql } from 'kysely';
import { tables, toNumber, type DbOrTrx } from '../../core/db/database';

export interface TechnologyTables {
  environment_technology: {
    code: string;
    version: number;
    status: string;
    edition: number;
    country: string;
    sector: string;
    climates: string;
    maturity: string;
    water_bodies: string;
    name: string;
    search: string;
    data: string;
    listed: number;
    latest: number;
    demo: number;
    created_by: string | null;
    created_at: string;
    updated_at: string;
    submitted_at: string | null;
    reviewed_at: string | null;
    published_at: string | null;
  };
  environment_technology_photo: { code: string; file_id: string; added_at: string };
  environment_edition: { edition: number; released_at: string; changes: string; migrated: number };
}

export type TechRow = TechnologyTables['environment_technology'];
const db = (d: DbOrTrx) => tables<TechnologyTables>(d);

export async function insertVersion(d: DbOrTrx, row: TechRow) {
  await db(d).insertInto('environment_technology').values(row).execute();
}

/** Replaces a version's answers and status; false when the version moved on meanwhile. */
export async function updateVersion(d: DbOrTrx, row: TechRow, expectedUpdatedAt: string) {
  const r = await db(d)
    .updateTable('environment_technology')
    .set(row)
    .where('code', '=', row.code)
    .where('version', '=', row.version)
    .where('updated_at', '=', expectedUpdatedAt)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function findLatest(d: DbOrTrx, code: string) {
  return db(d)
    .selectFrom('environment_technology')
    .selectAll()
    .where('code', '=', code)
    .where('latest', '=', 1)
    .executeTakeFirst();
}

export async function listVersions(d: DbOrTrx, code: string) {
  return db(d)
    .selectFrom('environment_technology')
    .selectAll()
    .where('code', '=', code)
    .orderBy('version', 'desc')
    .execute();
}

/** The version the registry shows becomes this one; the one before stays readable as history. */
export async function markListed(d: DbOrTrx, code: string, version: number) {
  await db(d).updateTable('environment_technology').set({ listed: 0 }).where('code', '=', code).execute();
  await db(d)
    .updateTable('environment_technology')
    .set({ listed: 1 })
    .where('code', '=', code)
    .where('version', '=', version)
    .execute();
}

export async function unmarkLatest(d: DbOrTrx, code: string) {
  await db(d).updateTable('environment_technology').set({ latest: 0 }).where('code', '=', code).execute();
}

/** The next free number of a state's codes (`kz-7`); the primary key settles a race. */
export async function nextNumber(d: DbOrTrx, country: string) {
  const prefix = `${country.toLowerCase()}-`;
  const rows = await db(d)
    .selectFrom('environment_technology')
    .select('code')
    .where('country', '=', country)
    .where('version', '=', 1)
    .execute();
  return rows.reduce((max, r) => Math.max(max, Number(r.code.slice(prefix.length)) || 0), 0) + 1;
}

export interface TechFilter {
  q?: string;
  maturity?: string;
  country?: string;
  sector?: string;
  climate?: string;
  status: string;
  /** Restricts unpublished statuses to these states; null for the Secretariat (every state). */
  states: string[] | null;
}

type Facet = 'sector' | 'country' | 'maturity';

function filtered(d: DbOrTrx, f: TechFilter, skip?: Facet | 'climate') {
  let q = db(d).selectFrom('environment_technology');
  if (f.status === 'published') q = q.where('listed', '=', 1);
  else {
    q = q.where('latest', '=', 1).where('status', '=', f.status);
    if (f.states) q = q.where('country', 'in', f.states.length ? f.states : ['']);
  }
  if (f.q) {
    // LIKE's wildcards are dropped from the words: SQLite has no default escape character.
    for (const word of f.q
      .toLowerCase()
      .replace(/[\\%_]/g, ' ')
      .split(/\s+/)
      .filter(Boolean)) {
      q = q.where('search', 'like', `%${word}%`);
    }
  }
  if (f.maturity && skip !== 'maturity') q = q.where('maturity', '=', f.maturity);
  if (f.country && skip !== 'country') q = q.where('country', '=', f.country);
  if (f.sector && skip !== 'sector') q = q.where('sector', '=', f.sector);
  if (f.climate && skip !== 'climate') q = q.where('climates', 'like', `%|${f.climate}|%`);
  return q;
}

export async function searchTechnologies(d: DbOrTrx, f: TechFilter, limit: number, offset: number) {
  return filtered(d, f)
    .select([
      'code',
      'version',
      'status',
      'country',
      'name',
      'sector',
      'climates',
      'maturity',
      'demo',
      'updated_at',
    ])
    .orderBy('name')
    .orderBy('code')
    .limit(limit)
    .offset(offset)
    .execute();
}

/** Counts by a facet under every other filter, so each facet shows where choosing it would lead. */
export async function facetCounts(d: DbOrTrx, f: TechFilter, facet: Facet) {
  const rows = await filtered(d, f, facet)
    .select([facet, sql<number>`count(*)`.as('n')])
    .groupBy(facet)
    .execute();
  return Object.fromEntries(rows.map((r) => [r[facet], toNumber(r.n)]));
}

export async function climateCounts(d: DbOrTrx, f: TechFilter, climates: readonly string[]) {
  const rows = await filtered(d, f, 'climate')
    .select(
      climates.map((c) =>
        sql<number>`sum(case when climates like ${`%|${c}|%`} then 1 else 0 end)`.as(`c_${c}`),
      ),
    )
    .executeTakeFirst();
  const r = (rows ?? {}) as Record<string, unknown>;
  return Object.fromEntries(climates.map((c) => [c, toNumber(r[`c_${c}`] ?? 0)]));
}

export async function countFiltered(d: DbOrTrx, f: TechFilter) {
  const r = await filtered(d, f)
    .select(sql<number>`count(*)`.as('n'))
    .executeTakeFirstOrThrow();
  return toNumber(r.n);
}

/** Published technologies that name a water body among their places of application. */
export async function listedAtWaterBody(d: DbOrTrx, bodyId: string) {
  return db(d)
    .selectFrom('environment_technology')
    .selectAll()
    .where('listed', '=', 1)
    .where('water_bodies', 'like', `%|${bodyId}|%`)
    .orderBy('name')
    .execute();
}

export async function listPhotos(d: DbOrTrx, code: string) {
  return db(d)
    .selectFrom('environment_technology_photo')
    .select(['file_id', 'added_at'])
    .where('code', '=', code)
    .orderBy('added_at')
    .execute();
}

export async function insertPhoto(d: DbOrTrx, code: string, fileId: string, at: string) {
  await db(d)
    .insertInto('environment_technology_photo')
    .values({ code, file_id: fileId, added_at: at })
    .execute();
}

export async function listEditions(d: DbOrTrx) {
  return db(d).selectFrom('environment_edition').selectAll().orderBy('edition').execute();
}

export async function insertEdition(d: DbOrTrx, row: TechnologyTables['environment_edition']) {
  await db(d).insertInto('environment_edition').values(row).execute();
}

/** Every stored version older than an edition, in pages by key, for the edition's migration. */
export async function versionsBefore(d: DbOrTrx, edition: number, after: [string, number] | null, n: number) {
  let q = db(d)
    .selectFrom('environment_technology')
    .selectAll()
    .where('edition', '<', edition)
    .orderBy('code')
    .orderBy('version')
    .limit(n);
  if (after)
    q = q.where((eb) =>
      eb.or([eb('code', '>', after[0]), eb.and([eb('code', '=', after[0]), eb('version', '>', after[1])])]),
    );
  return q.execute();
}

export async function countVersions(d: DbOrTrx) {
  const r = await db(d)
    .selectFrom('environment_technology')
    .select(sql<number>`count(*)`.as('n'))
    .executeTakeFirstOrThrow();
  return toNumber(r.n);
}

export async function setMigrated(d: DbOrTrx, code: string, version: number, edition: number, data: string) {
  await db(d)
    .updateTable('environment_technology')
    .set({ edition, data })
    .where('code', '=', code)
    .where('version', '=', version)
    .execute();
}
