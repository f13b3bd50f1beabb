import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../test/harness';
import { openDatabase, type Database, type Db } from '../db/database';
import { migrateToLatest } from '../db/migrate';
import { coreMigrations } from '../migrations';
import { nextNumber } from '.';

let database: Database;
let url: string;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ database, url, drop } = await freshDatabase());
  await migrateToLatest(database.db, [coreMigrations]);
});
afterAll(() => drop());

const take = (db: Db, series: string, year: number) =>
  db.transaction().execute((trx) => nextNumber(trx, series, year));

class Rollback extends Error {}

describe('register numbers', () => {
  it('numbers each series and year from 1 without gaps, apart from the others', async () => {
    const got: string[] = [];
    for (const [series, year] of [
      ['test.a:X', 2026],
      ['test.a:X', 2026],
      ['test.a:Y', 2026],
      ['test.a:X', 2027],
      ['test.a:X', 2026],
      ['test.a:Y', 2026],
    ] as const) {
      got.push(`${series}/${year}/${await take(database.db, series, year)}`);
    }
    expect(got).toEqual([
      'test.a:X/2026/1',
      'test.a:X/2026/2',
      'test.a:Y/2026/1',
      'test.a:X/2027/1',
      'test.a:X/2026/3',
      'test.a:Y/2026/2',
    ]);
  });

  it('gives a number back when the transaction that took it rolls back', async () => {
    expect(await take(database.db, 'test.rollback:X', 2026)).toBe(1);
    await expect(
      database.db.transaction().execute(async (trx) => {
        expect(await nextNumber(trx, 'test.rollback:X', 2026)).toBe(2);
        throw new Rollback();
      }),
    ).rejects.toBeInstanceOf(Rollback);
    // A rolled-back first number of a year leaves no row behind either.
    await expect(
      database.db.transaction().execute(async (trx) => {
        expect(await nextNumber(trx, 'test.rollback:X', 2030)).toBe(1);
        throw new Rollback();
      }),
    ).rejects.toBeInstanceOf(Rollback);
    expect(await take(database.db, 'test.rollback:X', 2026)).toBe(2);
    expect(await take(database.db, 'test.rollback:X', 2030)).toBe(1);
  });

  it('hands out 1..N exactly once when many writers take the first number of a new year at once', async () => {
    const N = 12;
    // PostgreSQL: one handle (its own pool and connection) per writer, as separate processes would
    // have, and every transaction open before any of them asks for a number. SQLite has one writer
    // per process: the same handle, whose transactions the driver queues.
    const handles =
      database.kind === 'postgres'
        ? Array.from({ length: N }, () => openDatabase(url))
        : Array.from({ length: N }, () => database);
    try {
      let begun = 0;
      let allBegun!: () => void;
      const barrier = new Promise<void>((resolve) => (allBegun = resolve));
      const numbers = await Promise.all(
        handles.map((h, i) =>
          h.db
            .transaction()
            .execute(async (trx) => {
              if (database.kind === 'postgres') {
                await trx.selectFrom('core_register').select('series').limit(1).execute();
                if (++begun === N) allBegun();
                await barrier;
              }
              const n = await nextNumber(trx, 'test.race:X', 2031);
              // Every third writer fails after taking its number: the others must close the gap.
              if (i % 3 === 2) throw new Rollback();
              return n;
            })
            .catch((e: unknown) => {
              if (e instanceof Rollback) return null;
              throw e;
            }),
        ),
      );
      const committed = numbers.filter((n): n is number => n !== null).sort((a, b) => a - b);
      const expected = N - Math.floor(N / 3);
      expect(committed).toEqual(Array.from({ length: expected }, (_, i) => i + 1));
      expect(await take(database.db, 'test.race:X', 2031)).toBe(expected + 1);
    } finally {
      if (database.kind === 'postgres') await Promise.all(handles.map((h) => h.close()));
    }
  });
});
