import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { DbOrTrx } from '../../core/db/database';
import { isUniqueViolation } from '../../core/db/database';
import * as repo from './cyber.repository';

/**
 * `next` is stateless (ADR 0021): the date_added of the page's last item and a digest of the filters,
 * signed with a key kept in the database, so that any instance behind a load balancer can continue a
 * page and no client can forge a position or reuse one with other filters.
 */
const keys = new WeakMap<object, Buffer>();

async function cursorKey(db: DbOrTrx): Promise<Buffer> {
  const cached = keys.get(db);
  if (cached) return cached;
  let key = await repo.findCursorKey(db);
  if (!key) {
    try {
      await repo.insertCursorKey(db, randomBytes(32).toString('base64'));
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
    }
    key = (await repo.findCursorKey(db))!;
  }
  const buf = Buffer.from(key, 'base64');
  keys.set(db, buf);
  return buf;
}

export function filterDigest(parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url').slice(0, 16);
}

function sign(key: Buffer, payload: string): string {
  return createHmac('sha256', key).update(payload).digest('base64url').slice(0, 22);
}

export async function encodeCursor(db: DbOrTrx, afterUs: number, digest: string): Promise<string> {
  const payload = `${afterUs.toString(36)}.${digest}`;
  return `${payload}.${sign(await cursorKey(db), payload)}`;
}

/** The position a cursor encodes, or null when it is forged, damaged or issued for other filters. */
export async function decodeCursor(db: DbOrTrx, cursor: string, digest: string): Promise<number | null> {
  const parts = cursor.split('.');
  if (parts.length !== 3) return null;
  const [pos, dig, mac] = parts as [string, string, string];
  const expected = Buffer.from(sign(await cursorKey(db), `${pos}.${dig}`));
  const got = Buffer.from(mac);
  if (got.length !== expected.length || !timingSafeEqual(got, expected) || dig !== digest) return null;
  const us = parseInt(pos, 36);
  return Number.isSafeInteger(us) && us >= 0 ? us : null;
}
