import { sql } from 'kysely';
import { tables, toNumber, type DbOrTrx } from '../db/database';

interface CounterTables {
  identity_login_counter: { key: string; window_start: string; count: number };
}

const db = (d: DbOrTrx) => tables<CounterTables>(d);

/**
 * Counts one more try under `key` in the window starting at `windowStart` and returns the new count, in
 * one statement: concurrent tries (in this process or another on the same database) each get their
 * own number, so no two of them can both be the fifth.
 */
export async function takeTicket(d: DbOrTrx, key: string, windowStart: string): Promise<number> {
  const row = await db(d)
    .insertInto('identity_login_counter')
    .values({ key, window_start: windowStart, count: 1 })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        count: sql<number>`case when identity_login_counter.window_start = excluded.window_start
          then identity_login_counter.count + 1 else 1 end`,
        window_start: sql<string>`excluded.window_start`,
      }),
    )
    .returning('count')
    .executeTakeFirstOrThrow();
  return toNumber(row.count);
}

/** Gives back a ticket taken in this window (a try that turned out right). */
export async function returnTicket(d: DbOrTrx, key: string, windowStart: string): Promise<void> {
  await db(d)
    .updateTable('identity_login_counter')
    .set({ count: sql<number>`case when count > 0 then count - 1 else 0 end` })
    .where('key', '=', key)
    .where('window_start', '=', windowStart)
    .execute();
}

/** Forgets a key's tries, e.g. an account's failures from an address once its owner signs in there. */
export async function clearCounter(d: DbOrTrx, key: string): Promise<void> {
  await db(d).deleteFrom('identity_login_counter').where('key', '=', key).execute();
}

/** The count under `key` in this window, 0 when it has none. */
export async function readCounter(d: DbOrTrx, key: string, windowStart: string): Promise<number> {
  const row = await db(d)
    .selectFrom('identity_login_counter')
    .select('count')
    .where('key', '=', key)
    .where('window_start', '=', windowStart)
    .executeTakeFirst();
  return row ? toNumber(row.count) : 0;
}

/** Counters of windows that have ended only keep the table large. */
export async function purgeCountersBefore(d: DbOrTrx, windowStart: string): Promise<void> {
  await db(d).deleteFrom('identity_login_counter').where('window_start', '<', windowStart).execute();
}
