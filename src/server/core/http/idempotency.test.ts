import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../test/harness';
import { openDatabase, toNumber, type Database, type Db, type Trx } from '../db/database';
import { migrateToLatest } from '../db/migrate';
import { AppError } from '../errors';
import { coreMigrations } from '../migrations';
import { purgeExpiredIdempotencyKeys, runIdempotent, type Idempotency } from './idempotency';

let database: Database;
let url: string;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ database, url, drop } = await freshDatabase());
  await migrateToLatest(database.db, [coreMigrations]);
  await database.db.schema
    .createTable('t_booking')
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('amount', 'integer', (c) => c.notNull())
    .execute();
});
afterAll(() => drop());

/** A second handle on the same database: its own pool on PostgreSQL, as another process would have. */
function secondHandle(): { db: Db; close(): Promise<void> } {
  if (database.kind === 'sqlite') return { db: database.db, close: async () => {} };
  const other = openDatabase(url);
  return { db: other.db, close: () => other.close() };
}

const keyFor = (key: string, body: unknown, scope = 'user:u1'): Idempotency => ({
  scope,
  key,
  requestHash: JSON.stringify(body),
  ttlHours: 24,
});

const T0 = '2026-12-01T10:00:00.000Z';
const hoursAfter = (h: number) => new Date(Date.parse(T0) + h * 3_600_000);

async function book(db: Db, idem: Idempotency, amount: number, now = T0, held?: Promise<void>) {
  return runIdempotent(db, idem, 201, now, async (trx: Trx) => {
    await trx.insertInto('t_booking').values({ key: idem.key, amount }).execute();
    await held;
    return { amount };
  });
}

async function bookings(key: string) {
  const rows = await database.db
    .selectFrom('t_booking')
    .select('amount')
    .where('key', '=', key)
    .orderBy('amount')
    .execute();
  return rows.map((r: { amount: unknown }) => toNumber(r.amount));
}

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'ok';
  } catch (e) {
    if (e instanceof AppError) return `${e.status} ${e.code}`;
    throw e;
  }
}

function gate() {
  let open!: () => void;
  const shut = new Promise<void>((resolve) => (open = resolve));
  return { shut, open };
}

describe('Idempotency-Key in the kernel', () => {
  it('replays the stored status and body without running the request again', async () => {
    const idem = keyFor('replay-1', { amount: 5 });
    const first = await book(database.db, idem, 5);
    const again = await book(database.db, idem, 5);
    expect(first).toEqual({ status: 201, body: { amount: 5 }, replayed: false });
    expect(again).toEqual({ status: 201, body: { amount: 5 }, replayed: true });
    expect(await bookings('replay-1')).toEqual([5]);
  });

  it('refuses the same key with a different request with a 422 and runs nothing', async () => {
    await book(database.db, keyFor('reuse-1', { amount: 5 }), 5);
    expect(await codeOf(book(database.db, keyFor('reuse-1', { amount: 6 }), 6))).toBe(
      '422 idempotency.key_reused',
    );
    expect(await bookings('reuse-1')).toEqual([5]);
  });

  it('keeps keys apart per user', async () => {
    await book(database.db, keyFor('scoped-1', { amount: 1 }, 'user:u1'), 1);
    const other = await book(database.db, keyFor('scoped-1', { amount: 1 }, 'user:u2'), 1);
    expect(other.replayed).toBe(false);
    expect(await bookings('scoped-1')).toEqual([1, 1]);
  });

  it('answers a twin that arrives while the first request still runs with a 409, then replays', async () => {
    const idem = keyFor('held-1', { amount: 7 });
    const held = gate();
    const first = book(database.db, idem, 7, T0, held.shut);
    expect(await codeOf(book(database.db, idem, 7))).toBe('409 idempotency.in_progress');
    held.open();
    expect((await first).replayed).toBe(false);
    expect((await book(database.db, idem, 7)).replayed).toBe(true);
    expect(await bookings('held-1')).toEqual([7]);
  });

  it('answers a twin from another connection pool with a 409 while the first still runs', async () => {
    const other = secondHandle();
    try {
      const idem = keyFor('held-2', { amount: 8 });
      const held = gate();
      const first = book(database.db, idem, 8, T0, held.shut);
      // Let the first request take its lock before the twin asks (a statement round trip, not a timer).
      if (database.kind === 'postgres') await waitForLock();
      expect(await codeOf(book(other.db, idem, 8))).toBe('409 idempotency.in_progress');
      held.open();
      await first;
      expect((await book(other.db, idem, 8)).replayed).toBe(true);
      expect(await bookings('held-2')).toEqual([8]);
    } finally {
      await other.close();
    }
  });

  it('books once when two connection pools race the same key many times', async () => {
    const other = secondHandle();
    try {
      for (let i = 0; i < 10; i++) {
        const idem = keyFor(`race-${i}`, { amount: i });
        const results = await Promise.all([database.db, other.db].map((db) => codeOf(book(db, idem, i))));
        for (const r of results) expect(['ok', '409 idempotency.in_progress']).toContain(r);
        expect(results).toContain('ok');
        expect(await bookings(`race-${i}`)).toEqual([i]);
      }
    } finally {
      await other.close();
    }
  });

  it('lets an expired key be used again, even before the purge removed it', async () => {
    await book(database.db, keyFor('expiry-1', { amount: 1 }), 1);
    const later = hoursAfter(24).toISOString();
    const reused = await book(database.db, keyFor('expiry-1', { amount: 2 }), 2, later);
    expect(reused).toEqual({ status: 201, body: { amount: 2 }, replayed: false });
    expect((await book(database.db, keyFor('expiry-1', { amount: 2 }), 2, later)).replayed).toBe(true);
    expect(await bookings('expiry-1')).toEqual([1, 2]);
  });

  it('purges the answers that expired and keeps the others', async () => {
    await database.db.deleteFrom('core_idempotency_key').execute();
    await book(database.db, keyFor('purge-old', { amount: 1 }), 1, T0);
    await book(database.db, keyFor('purge-new', { amount: 1 }), 1, hoursAfter(2).toISOString());
    expect(await purgeExpiredIdempotencyKeys(database.db, hoursAfter(23.5))).toBe(0);
    expect(await purgeExpiredIdempotencyKeys(database.db, hoursAfter(24))).toBe(1);
    const left = await database.db.selectFrom('core_idempotency_key').select('key').execute();
    expect(left.map((r: { key: string }) => r.key)).toEqual(['purge-new']);
    expect(await purgeExpiredIdempotencyKeys(database.db, hoursAfter(26))).toBe(1);
  });
});

/** Waits until a session on this test's database holds an idempotency advisory lock (the held request's). */
async function waitForLock() {
  for (;;) {
    const r = await database.db
      .selectFrom('pg_locks')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('locktype', '=', 'advisory')
      .where('classid', '=', 0x4944)
      .where('database', '=', sql<number>`(select oid from pg_database where datname = current_database())`)
      .where('granted', '=', true)
      .executeTakeFirstOrThrow();
    if (Number(r.n) > 0) return;
  }
}
