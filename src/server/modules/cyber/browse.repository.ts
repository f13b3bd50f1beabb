import { sql, type ExpressionBuilder } from 'kysely';
import { tables, toNumber, type DbOrTrx } from '../../core/db/database';
import {
  otherVisibleVersion,
  visible,
  type CyberTables,
  type Eb,
  type SqlClearance,
} from './cyber.repository';

/**
 * The web app's reads across collections: search, counts, volume and neighbours. Every query takes the
 * reader's clearance per collection and filters with `visible` from cyber.repository, the same SQL rule
 * as the TAXII paths, so a count or a page can only ever hold what TAXII would hand that reader.
 */
const t = (db: DbOrTrx) => tables<CyberTables>(db);

/** One collection the reader may see, with what they may receive from it. */
export interface Scope {
  collectionId: string;
  clearance: SqlClearance;
}

type Oeb = ExpressionBuilder<CyberTables & { o2: CyberTables['cyber_object'] }, 'cyber_object'>;

/**
 * Rows the reader may receive, each the latest version they may receive of its object in its
 * collection. Collections with the same clearance share one clause.
 */
function latestVisible(eb: Oeb, scopes: Scope[]) {
  const groups = new Map<string, Scope[]>();
  for (const s of scopes) {
    const key = JSON.stringify(s.clearance);
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  if (groups.size === 0) return eb.val(false);
  return eb.or(
    [...groups.values()].map((g) => {
      const cl = g[0]!.clearance;
      return eb.and([
        eb(
          'cyber_object.collection_id',
          'in',
          g.map((s) => s.collectionId),
        ),
        visible(eb as Eb, 'cyber_object', cl),
        eb.not(otherVisibleVersion(eb as Eb, '>', cl)),
      ]);
    }),
  );
}

/** The same rule for every version, not only the latest: what volume over time counts. */
function anyVisible(eb: Oeb, scopes: Scope[]) {
  if (scopes.length === 0) return eb.val(false);
  return eb.or(
    scopes.map((s) =>
      eb.and([
        eb('cyber_object.collection_id', '=', s.collectionId),
        visible(eb as Eb, 'cyber_object', s.clearance),
      ]),
    ),
  );
}

/** `%`, `_` and the escape character itself are literal in a search term. */
export function likePattern(term: string) {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export interface SearchFilter {
  scopes: Scope[];
  types: string[] | null;
  tlp: number | null;
  publisherState: string | null;
  fromUs: number | null;
  /** Exclusive. */
  toUs: number | null;
  /**
   * Coarse pre-filters over the stored JSON (lower-cased ASCII patterns, all must match): the service
   * decides on what the reader may see, since granular markings may hide the text that matched here.
   */
  likes: string[];
  ids: string[] | null;
}

/** No filter beyond what the reader may receive. */
export function everything(scopes: Scope[]): SearchFilter {
  return {
    scopes,
    types: null,
    tlp: null,
    publisherState: null,
    fromUs: null,
    toUs: null,
    likes: [],
    ids: null,
  };
}

export interface BrowseRow {
  rowId: string;
  collectionId: string;
  stixId: string;
  type: string;
  version: string;
  versionUs: number;
  dateAddedUs: number;
  publisherState: string;
  tlp: number;
  recipients: string[];
  object: string;
}

export interface Position {
  dateAddedUs: number;
  rowId: string;
}

function filtered(db: DbOrTrx, f: SearchFilter) {
  let q = t(db)
    .selectFrom('cyber_object')
    .where((eb) => latestVisible(eb, f.scopes));
  if (f.types) q = q.where('cyber_object.type', 'in', f.types);
  if (f.tlp !== null) q = q.where('cyber_object.tlp', '=', f.tlp);
  if (f.publisherState) q = q.where('cyber_object.publisher_state', '=', f.publisherState);
  if (f.fromUs !== null) q = q.where('cyber_object.date_added_us', '>=', f.fromUs);
  if (f.toUs !== null) q = q.where('cyber_object.date_added_us', '<', f.toUs);
  if (f.ids) q = q.where('cyber_object.stix_id', 'in', f.ids);
  for (const pattern of f.likes) {
    q = q.where(sql<boolean>`lower(cyber_object.object) like ${pattern} escape ${'\\'}`);
  }
  return q;
}

/** Newest first, after a keyset position (date_added is unique per collection only, so the row id breaks ties). */
export async function searchObjects(
  db: DbOrTrx,
  f: SearchFilter,
  before: Position | null,
  limit: number,
): Promise<BrowseRow[]> {
  let q = filtered(db, f).select([
    'cyber_object.row_id',
    'cyber_object.collection_id',
    'cyber_object.stix_id',
    'cyber_object.type',
    'cyber_object.version',
    'cyber_object.version_us',
    'cyber_object.date_added_us',
    'cyber_object.publisher_state',
    'cyber_object.tlp',
    'cyber_object.recipients',
    'cyber_object.object',
  ]);
  if (before) {
    q = q.where((eb) =>
      eb.or([
        eb('cyber_object.date_added_us', '<', before.dateAddedUs),
        eb.and([
          eb('cyber_object.date_added_us', '=', before.dateAddedUs),
          eb('cyber_object.row_id', '<', before.rowId),
        ]),
      ]),
    );
  }
  const rows = await q
    .orderBy('cyber_object.date_added_us', 'desc')
    .orderBy('cyber_object.row_id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    rowId: r.row_id,
    collectionId: r.collection_id,
    stixId: r.stix_id,
    type: r.type,
    version: r.version,
    versionUs: toNumber(r.version_us),
    dateAddedUs: toNumber(r.date_added_us),
    publisherState: r.publisher_state,
    tlp: r.tlp,
    recipients: r.recipients.split(',').filter(Boolean),
    object: r.object,
  }));
}

export async function countObjects(db: DbOrTrx, f: SearchFilter): Promise<number> {
  const r = await filtered(db, f)
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Objects the reader may receive, per collection (each once, whatever its versions). */
export async function countByCollection(db: DbOrTrx, scopes: Scope[]): Promise<Map<string, number>> {
  const rows = await t(db)
    .selectFrom('cyber_object')
    .where((eb) => latestVisible(eb, scopes))
    .select(['cyber_object.collection_id', (eb) => eb.fn.countAll().as('n')])
    .groupBy('cyber_object.collection_id')
    .execute();
  return new Map(rows.map((r) => [r.collection_id, Number(r.n)]));
}

/**
 * Versions the reader may receive added per period since `fromUs`: period = floor((date_added +
 * offset) / size). The constants are the server's own integers, inlined so that both engines divide
 * integers.
 */
export async function volumeByPeriod(
  db: DbOrTrx,
  scopes: Scope[],
  fromUs: number,
  sizeUs: number,
  offsetUs: number,
): Promise<{ collectionId: string; period: number; count: number }[]> {
  const period = sql<
    number | string
  >`(cyber_object.date_added_us + ${sql.lit(offsetUs)}) / ${sql.lit(sizeUs)}`;
  const rows = await t(db)
    .selectFrom('cyber_object')
    .where((eb) => anyVisible(eb, scopes))
    .where('cyber_object.date_added_us', '>=', fromUs)
    .select(['cyber_object.collection_id', period.as('period'), (eb) => eb.fn.countAll().as('n')])
    .groupBy(['cyber_object.collection_id', period])
    .execute();
  return rows.map((r) => ({
    collectionId: r.collection_id,
    period: Math.floor(toNumber(r.period)),
    count: Number(r.n),
  }));
}
