import { sql, type ExpressionBuilder } from 'kysely';
import { tables, toNumber, type DbOrTrx, type Trx } from '../../core/db/database';
import type { CollectionKind } from './access';

export interface CyberTables {
  cyber_collection: {
    id: string;
    alias: string;
    kind: CollectionKind;
    title: string;
    description: string | null;
    owner_state: string | null;
    members: string;
    last_added_us: number | string;
    created_at: string;
    created_by: string | null;
  };
  cyber_object: {
    row_id: string;
    collection_id: string;
    stix_id: string;
    type: string;
    spec_version: string;
    version: string;
    version_us: number | string;
    date_added_us: number | string;
    publisher_state: string;
    tlp: number;
    recipients: string;
    object: string;
    added_by: string;
  };
  cyber_status: {
    id: string;
    collection_id: string;
    user_id: string;
    request_timestamp: string;
    total_count: number;
    success_count: number;
    failure_count: number;
    successes: string;
    failures: string;
  };
  cyber_secret: { id: number; cursor_key: string };
}

const t = (db: DbOrTrx) => tables<CyberTables>(db);

export interface CollectionRow {
  id: string;
  alias: string;
  kind: CollectionKind;
  title: string;
  description: string | null;
  ownerState: string | null;
  members: string[];
}

function toCollection(r: CyberTables['cyber_collection']): CollectionRow {
  return {
    id: r.id,
    alias: r.alias,
    kind: r.kind,
    title: r.title,
    description: r.description,
    ownerState: r.owner_state,
    members: JSON.parse(r.members) as string[],
  };
}

export async function listCollections(db: DbOrTrx): Promise<CollectionRow[]> {
  const rows = await t(db)
    .selectFrom('cyber_collection')
    .selectAll()
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(toCollection);
}

export async function findCollection(db: DbOrTrx, id: string): Promise<CollectionRow | undefined> {
  const r = await t(db).selectFrom('cyber_collection').selectAll().where('id', '=', id).executeTakeFirst();
  return r && toCollection(r);
}

export async function findCollectionByAlias(db: DbOrTrx, alias: string): Promise<CollectionRow | undefined> {
  const r = await t(db)
    .selectFrom('cyber_collection')
    .selectAll()
    .where('alias', '=', alias)
    .executeTakeFirst();
  return r && toCollection(r);
}

export async function insertCollection(
  db: DbOrTrx,
  c: CollectionRow & { createdAt: string; createdBy: string | null },
) {
  await t(db)
    .insertInto('cyber_collection')
    .values({
      id: c.id,
      alias: c.alias,
      kind: c.kind,
      title: c.title,
      description: c.description,
      owner_state: c.ownerState,
      members: JSON.stringify(c.members),
      last_added_us: 0,
      created_at: c.createdAt,
      created_by: c.createdBy,
    })
    .execute();
}

/** Takes the collection's row lock (PostgreSQL) and returns the last date_added handed out. */
export async function lockLastAdded(trx: Trx, id: string, postgres: boolean): Promise<number> {
  let q = t(trx).selectFrom('cyber_collection').select('last_added_us').where('id', '=', id);
  if (postgres) q = q.forUpdate();
  return toNumber((await q.executeTakeFirstOrThrow()).last_added_us);
}

export async function setLastAdded(trx: Trx, id: string, us: number) {
  await t(trx).updateTable('cyber_collection').set({ last_added_us: us }).where('id', '=', id).execute();
}

export interface StoredVersion {
  collectionId: string;
  stixId: string;
  versionUs: number;
  publisherState: string;
  tlp: number;
}

/** Every stored version of these ids, in every collection: for duplicate, creator and widening checks. */
export async function findVersions(db: DbOrTrx, stixIds: string[]): Promise<StoredVersion[]> {
  const out: StoredVersion[] = [];
  for (let i = 0; i < stixIds.length; i += 500) {
    const rows = await t(db)
      .selectFrom('cyber_object')
      .select(['collection_id', 'stix_id', 'version_us', 'publisher_state', 'tlp'])
      .where('stix_id', 'in', stixIds.slice(i, i + 500))
      .execute();
    for (const r of rows) {
      out.push({
        collectionId: r.collection_id,
        stixId: r.stix_id,
        versionUs: toNumber(r.version_us),
        publisherState: r.publisher_state,
        tlp: r.tlp,
      });
    }
  }
  return out;
}

export async function existingMarkings(db: DbOrTrx, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await t(db)
    .selectFrom('cyber_object')
    .select('stix_id')
    .where('type', '=', 'marking-definition')
    .where('stix_id', 'in', ids)
    .execute();
  return new Set(rows.map((r) => r.stix_id));
}

export type NewObjectRow = CyberTables['cyber_object'];

export async function insertObjects(trx: Trx, rows: NewObjectRow[]) {
  for (let i = 0; i < rows.length; i += 200) {
    await t(trx)
      .insertInto('cyber_object')
      .values(rows.slice(i, i + 200))
      .execute();
  }
}

/** What one reader may receive from one collection (see access.ts): the SQL twin of `mayReceive`. */
export interface SqlClearance {
  maxRank: number;
  redStates: string[];
}

export type VersionFilter = { all: true } | { all: false; first: boolean; last: boolean; exact: number[] };

export interface ObjectQuery {
  collectionId: string;
  clearance: SqlClearance;
  afterUs: number | null;
  ids: string[] | null;
  types: string[] | null;
  specVersions: string[] | null;
  versions: VersionFilter;
  limit: number;
}

export interface ObjectRow {
  rowId: string;
  stixId: string;
  version: string;
  dateAddedUs: number;
  publisherState: string;
  tlp: number;
  recipients: string[];
  object: string;
}

export type Eb = ExpressionBuilder<CyberTables & { o2: CyberTables['cyber_object'] }, 'cyber_object'>;

/** The one SQL rule of what a reader may receive (ADR 0020); every read path filters with it. */
export function visible(eb: Eb, alias: 'cyber_object' | 'o2', cl: SqlClearance) {
  const col = <C extends 'tlp' | 'recipients'>(c: C) => sql.ref(`${alias}.${c}`);
  const ors = [eb(col('tlp'), '<=', cl.maxRank)];
  if (cl.redStates.length > 0) {
    ors.push(
      eb.and([
        eb(col('tlp'), '=', 4),
        eb.or(cl.redStates.map((s) => eb(col('recipients'), 'like', `%,${s},%`))),
      ]),
    );
  }
  return eb.or(ors);
}

/** Whether the reader may receive a newer (`>`) or older (`<`) version of the row's object in its collection. */
export function otherVisibleVersion(eb: Eb, cmp: '>' | '<', cl: SqlClearance) {
  return eb.exists(
    eb
      .selectFrom('cyber_object as o2')
      .select(sql.lit(1).as('one'))
      .whereRef('o2.collection_id', '=', 'cyber_object.collection_id')
      .whereRef('o2.stix_id', '=', 'cyber_object.stix_id')
      .whereRef('o2.version_us', cmp, 'cyber_object.version_us')
      .where((e2) => visible(e2 as unknown as Eb, 'o2', cl)),
  );
}

/**
 * One page of a collection in date_added order, after a keyset position: only rows the reader may
 * receive, so that `limit`, `more` and the version filters count what the reader sees and nothing else.
 */
export async function queryObjects(db: DbOrTrx, q: ObjectQuery): Promise<ObjectRow[]> {
  let query = t(db)
    .selectFrom('cyber_object')
    .select([
      'row_id',
      'stix_id',
      'version',
      'date_added_us',
      'publisher_state',
      'tlp',
      'recipients',
      'object',
    ])
    .where('collection_id', '=', q.collectionId)
    .where((eb) => visible(eb as Eb, 'cyber_object', q.clearance));
  if (q.afterUs !== null) query = query.where('date_added_us', '>', q.afterUs);
  if (q.ids) query = query.where('stix_id', 'in', q.ids);
  if (q.types) query = query.where('type', 'in', q.types);
  if (q.specVersions) query = query.where('spec_version', 'in', q.specVersions);
  const v = q.versions;
  if (!v.all) {
    query = query.where((eb) => {
      const ors = [];
      const other = (cmp: '>' | '<') => eb.not(otherVisibleVersion(eb as Eb, cmp, q.clearance));
      if (v.last) ors.push(other('>'));
      if (v.first) ors.push(other('<'));
      if (v.exact.length > 0) ors.push(eb('version_us', 'in', v.exact));
      return eb.or(ors);
    });
  }
  const rows = await query.orderBy('date_added_us').limit(q.limit).execute();
  return rows.map((r) => ({
    rowId: r.row_id,
    stixId: r.stix_id,
    version: r.version,
    dateAddedUs: toNumber(r.date_added_us),
    publisherState: r.publisher_state,
    tlp: r.tlp,
    recipients: r.recipients.split(',').filter(Boolean),
    object: r.object,
  }));
}

export async function deleteRows(trx: Trx, rowIds: string[]) {
  if (rowIds.length > 0) await t(trx).deleteFrom('cyber_object').where('row_id', 'in', rowIds).execute();
}

export interface StatusRow {
  id: string;
  collectionId: string;
  userId: string;
  requestTimestamp: string;
  totalCount: number;
  successCount: number;
  failureCount: number;
  successes: { id: string; version?: string; message?: string }[];
  failures: { id: string; version?: string; message?: string }[];
}

export async function insertStatus(trx: Trx, s: StatusRow) {
  await t(trx)
    .insertInto('cyber_status')
    .values({
      id: s.id,
      collection_id: s.collectionId,
      user_id: s.userId,
      request_timestamp: s.requestTimestamp,
      total_count: s.totalCount,
      success_count: s.successCount,
      failure_count: s.failureCount,
      successes: JSON.stringify(s.successes),
      failures: JSON.stringify(s.failures),
    })
    .execute();
}

export async function findStatus(db: DbOrTrx, id: string): Promise<StatusRow | undefined> {
  const r = await t(db).selectFrom('cyber_status').selectAll().where('id', '=', id).executeTakeFirst();
  return (
    r && {
      id: r.id,
      collectionId: r.collection_id,
      userId: r.user_id,
      requestTimestamp: r.request_timestamp,
      totalCount: Number(r.total_count),
      successCount: Number(r.success_count),
      failureCount: Number(r.failure_count),
      successes: JSON.parse(r.successes) as StatusRow['successes'],
      failures: JSON.parse(r.failures) as StatusRow['failures'],
    }
  );
}

export async function findCursorKey(db: DbOrTrx): Promise<string | undefined> {
  return (await t(db).selectFrom('cyber_secret').select('cursor_key').where('id', '=', 1).executeTakeFirst())
    ?.cursor_key;
}

export async function insertCursorKey(db: DbOrTrx, key: string) {
  await t(db).insertInto('cyber_secret').values({ id: 1, cursor_key: key }).execute();
}
