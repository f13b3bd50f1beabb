import { tables, toNumber, type DbOrTrx } from '../../core/db/database';
import type { FeedAuthKind } from '../../../contracts/cyber-feeds';

export interface FeedTables {
  cyber_feed: {
    id: string;
    title: string;
    api_root_url: string;
    remote_collection: string;
    state_code: string;
    collection_id: string;
    auth_kind: FeedAuthKind;
    credentials: string | null;
    interval_minutes: number;
    status: 'active' | 'paused';
    added_after: string | null;
    next_token: string | null;
    last_added: string | null;
    next_poll_at: string;
    last_attempt_at: string | null;
    last_success_at: string | null;
    last_error: string | null;
    objects_total: number | string;
    objects_last_run: number;
    rejected_last_run: number;
    created_at: string;
    created_by: string;
    updated_at: string;
  };
}

export type FeedRow = Omit<FeedTables['cyber_feed'], 'objects_total'> & { objects_total: number };

const t = (db: DbOrTrx) => tables<FeedTables>(db);

const toFeed = (r: FeedTables['cyber_feed']): FeedRow => ({ ...r, objects_total: toNumber(r.objects_total) });

export async function insertFeed(db: DbOrTrx, row: FeedTables['cyber_feed']) {
  await t(db).insertInto('cyber_feed').values(row).execute();
}

export async function findFeed(db: DbOrTrx, id: string): Promise<FeedRow | undefined> {
  const r = await t(db).selectFrom('cyber_feed').selectAll().where('id', '=', id).executeTakeFirst();
  return r && toFeed(r);
}

export async function listFeeds(db: DbOrTrx): Promise<FeedRow[]> {
  const rows = await t(db).selectFrom('cyber_feed').selectAll().orderBy('created_at').orderBy('id').execute();
  return rows.map(toFeed);
}

export async function countFeeds(db: DbOrTrx): Promise<number> {
  const r = await t(db)
    .selectFrom('cyber_feed')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function updateFeed(db: DbOrTrx, id: string, set: Partial<FeedTables['cyber_feed']>) {
  await t(db).updateTable('cyber_feed').set(set).where('id', '=', id).execute();
}

/** Adds a page's objects to the feed's counts in the page's own transaction. */
export async function countTaken(db: DbOrTrx, id: string, added: number, rejected: number) {
  await t(db)
    .updateTable('cyber_feed')
    .set((eb) => ({
      objects_total: eb('objects_total', '+', added),
      objects_last_run: eb('objects_last_run', '+', added),
      rejected_last_run: eb('rejected_last_run', '+', rejected),
    }))
    .where('id', '=', id)
    .execute();
}

/** The earliest next poll of an active feed: when the feed job is next due. */
export async function nextPollAt(db: DbOrTrx): Promise<string | null> {
  const r = await t(db)
    .selectFrom('cyber_feed')
    .select((eb) => eb.fn.min('next_poll_at').as('at'))
    .where('status', '=', 'active')
    .executeTakeFirst();
  return (r?.at as string | null | undefined) ?? null;
}

export async function listDue(db: DbOrTrx, now: string): Promise<string[]> {
  const rows = await t(db)
    .selectFrom('cyber_feed')
    .select('id')
    .where('status', '=', 'active')
    .where('next_poll_at', '<=', now)
    .orderBy('next_poll_at')
    .execute();
  return rows.map((r) => r.id);
}

/** The feed's row, locked for the page's transaction on PostgreSQL (SQLite has one writer). */
export async function lockFeed(db: DbOrTrx, id: string, postgres: boolean): Promise<FeedRow | undefined> {
  let q = t(db).selectFrom('cyber_feed').selectAll().where('id', '=', id);
  if (postgres) q = q.forUpdate();
  const r = await q.executeTakeFirst();
  return r && toFeed(r);
}
