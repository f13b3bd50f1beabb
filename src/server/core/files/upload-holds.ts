import { sql } from 'kysely';
import type { DatabaseKind } from '../../config';
import { tables, toNumber, type Db, type DbOrTrx } from '../db/database';
import { newId } from '../ids';

interface HoldTables {
  core_upload_hold: { id: string; quota_key: string; bytes: number | string; expires_at: string };
}

const db = (d: DbOrTrx) => tables<HoldTables>(d);

/**
 * How long a hold lasts unless its process renews it (every third of this while the upload runs): the
 * holds of a process killed mid-upload are free again at most this long after.
 */
export const HOLD_SECONDS = 60;

export interface UploadHold {
  /** Gives the bytes back (the answer was sent, or the client went away). */
  release(): Promise<void>;
}

/**
 * Holds an upload's `bytes` against each of `keys` in the database (ADR 0085), so that every process on
 * it counts the same uploads in flight: refused (undefined) when a key already holds other uploads and
 * would go past `limitBytes`; one upload at a time always may run. The check and the hold are one
 * transaction serialised per key (an advisory lock on PostgreSQL; SQLite has one writer), so concurrent
 * uploads cannot all read the same free room.
 */
export async function holdUpload(
  d: Db,
  kind: DatabaseKind,
  keys: readonly string[],
  bytes: number,
  limitBytes: number,
): Promise<UploadHold | undefined> {
  const id = newId();
  const sorted = [...new Set(keys)].sort();
  const expiry = () => new Date(Date.now() + HOLD_SECONDS * 1000).toISOString();
  const held = await d.transaction().execute(async (trx) => {
    // Sorted, so that two uploads holding the same keys take their locks in the same order.
    if (kind === 'postgres')
      for (const key of sorted)
        await sql`select pg_advisory_xact_lock(hashtextextended(${`upload-hold:${key}`}, 0))`.execute(trx);
    await db(trx)
      .deleteFrom('core_upload_hold')
      .where('quota_key', 'in', sorted)
      .where('expires_at', '<=', new Date().toISOString())
      .execute();
    const inFlight = await db(trx)
      .selectFrom('core_upload_hold')
      .select((eb) => ['quota_key', eb.fn.sum<number | string>('bytes').as('n')])
      .where('quota_key', 'in', sorted)
      .groupBy('quota_key')
      .execute();
    if (inFlight.some((r) => toNumber(r.n) > 0 && toNumber(r.n) + bytes > limitBytes)) return false;
    const expires_at = expiry();
    await db(trx)
      .insertInto('core_upload_hold')
      .values(sorted.map((quota_key) => ({ id, quota_key, bytes, expires_at })))
      .execute();
    return true;
  });
  if (!held) return undefined;
  // A failed renewal only lets the hold expire early: the upload itself goes on.
  const renew = () =>
    db(d)
      .updateTable('core_upload_hold')
      .set({ expires_at: expiry() })
      .where('id', '=', id)
      .execute()
      .catch(() => undefined);
  const timer = setInterval(() => void renew(), (HOLD_SECONDS * 1000) / 3);
  timer.unref();
  let released = false;
  return {
    async release() {
      if (released) return;
      released = true;
      clearInterval(timer);
      await db(d)
        .deleteFrom('core_upload_hold')
        .where('id', '=', id)
        .execute()
        .catch(() => undefined);
    },
  };
}
