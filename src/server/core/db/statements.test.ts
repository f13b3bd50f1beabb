import { sql } from 'kysely';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { freshDatabase } from '../../test/harness';
import { openDatabase, tables, type Database } from './database';

interface T {
  stmt_item: { id: number; label: string };
}

const opened: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of opened.splice(0).reverse()) await close();
});

/** A fresh database of this project's engine, opened with a cache of `size` statements. */
async function databaseWithCache(size: number): Promise<Database> {
  let url = 'sqlite::memory:';
  if (inject('dbKind') === 'postgres') {
    const fresh = await freshDatabase();
    await fresh.drop();
    url = fresh.url;
  }
  const database = openDatabase(url, { statementCacheSize: size });
  opened.push(() => database.close());
  await database.db.schema
    .createTable('stmt_item')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('label', 'text', (c) => c.notNull())
    .execute();
  await tables<T>(database.db)
    .insertInto('stmt_item')
    .values(Array.from({ length: 20 }, (_, i) => ({ id: i + 1, label: `item ${i + 1}` })))
    .execute();
  return database;
}

const find = (database: Database, id: number) =>
  tables<T>(database.db).selectFrom('stmt_item').selectAll().where('id', '=', id).executeTakeFirst();

describe('prepared-statement cache', () => {
  it('answers a repeated query from the cache with the rows of each call’s own parameters', async () => {
    const database = await databaseWithCache(inject('dbKind') === 'sqlite' ? 500 : 8);
    const before = database.statements();
    for (let id = 1; id <= 20; id++) expect(await find(database, id)).toEqual({ id, label: `item ${id}` });
    expect(await find(database, 999)).toBeUndefined();
    const after = database.statements();
    expect(after.hits - before.hits).toBeGreaterThanOrEqual(20);
    expect(after.misses - before.misses).toBeLessThanOrEqual(1);
    if (database.kind === 'postgres') {
      // PostgreSQL holds the query prepared on the connection once, not parsed again on every call.
      const prepared = await database.db.transaction().execute(async (trx) => {
        for (let id = 1; id <= 5; id++) {
          await tables<T>(trx).selectFrom('stmt_item').selectAll().where('id', '=', id).execute();
        }
        return sql<{ statement: string }>`select statement from pg_prepared_statements`.execute(trx);
      });
      const selects = prepared.rows.filter((r) => /from "stmt_item" where "id" = \$1/.test(r.statement));
      expect(selects).toHaveLength(1);
      // Several statements in one raw text cannot be prepared: they still run, as a simple query.
      await sql
        .raw("update stmt_item set label = 'x' where id = 1; update stmt_item set label = 'y' where id = 2")
        .execute(database.db);
      expect((await find(database, 2))?.label).toBe('y');
    }
  });

  it('keeps no more statements than its bound, and queries past it still run correctly', async () => {
    const database = await databaseWithCache(4);
    const limited = (n: number) =>
      tables<T>(database.db).selectFrom('stmt_item').select('id').orderBy('id').limit(n).offset(n).execute();
    for (let round = 0; round < 2; round++) {
      for (let n = 1; n <= 10; n++) {
        // Each offset spelled into the SQL text makes ten distinct statements.
        const rows = await sql<{
          id: number;
        }>`select id from stmt_item where id > ${sql.lit(n)} order by id limit 1`.execute(database.db);
        expect(rows.rows.map((r) => Number(r.id))).toEqual([n + 1]);
        expect((await limited(2)).map((r) => Number(r.id))).toEqual([3, 4]);
      }
    }
    const stats = database.statements();
    expect(stats.max).toBe(4);
    expect(stats.size).toBeLessThanOrEqual(4);
    if (database.kind === 'postgres') {
      const held = await sql<{ n: string }>`select count(*) as n from pg_prepared_statements`.execute(
        database.db,
      );
      expect(Number(held.rows[0]!.n)).toBeLessThanOrEqual(4);
    }
  });

  it('works inside transactions: a rollback undoes, a commit keeps, and each sees its own writes', async () => {
    const database = await databaseWithCache(16);
    const db = tables<T>(database.db);
    await expect(
      db.transaction().execute(async (trx) => {
        await trx.insertInto('stmt_item').values({ id: 100, label: 'rolled back' }).execute();
        expect(
          await trx.selectFrom('stmt_item').selectAll().where('id', '=', 100).executeTakeFirst(),
        ).toEqual({
          id: 100,
          label: 'rolled back',
        });
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await find(database, 100)).toBeUndefined();
    await db.transaction().execute(async (trx) => {
      await trx.insertInto('stmt_item').values({ id: 100, label: 'kept' }).execute();
      await trx.updateTable('stmt_item').set({ label: 'kept, updated' }).where('id', '=', 100).execute();
    });
    expect(await find(database, 100)).toEqual({ id: 100, label: 'kept, updated' });
    // The same insert statement, cached by now, runs again in a new transaction.
    await db.transaction().execute(async (trx) => {
      await trx.insertInto('stmt_item').values({ id: 101, label: 'second' }).execute();
    });
    expect(await find(database, 101)).toEqual({ id: 101, label: 'second' });
  });

  it('answers a cached select * with the columns a later schema change added', async () => {
    const database = await databaseWithCache(16);
    expect(await find(database, 1)).toEqual({ id: 1, label: 'item 1' });
    await database.db.schema
      .alterTable('stmt_item')
      .addColumn('note', 'text', (c) => c.defaultTo('none'))
      .execute();
    expect(await find(database, 1)).toEqual({ id: 1, label: 'item 1', note: 'none' });
  });

  it('names the columns of a row exactly, whatever their names, and a later column of the same name wins', async () => {
    const database = await databaseWithCache(500);
    const odd = sql<
      Record<string, unknown>
    >`select 1 as "a""b", 2 as "x y", 3 as "n\\1", 4 as "0", 5 as "constructor"`;
    for (let i = 0; i < 2; i++) {
      const { rows } = await odd.execute(database.db);
      expect(rows).toEqual([{ 'a"b': 1, 'x y': 2, 'n\\1': 3, '0': 4, constructor: 5 }]);
    }
    const joined = sql<
      Record<string, unknown>
    >`select a.id, a.label, b.label from stmt_item a join stmt_item b on b.id = a.id + 1 where a.id = ${3}`;
    const { rows } = await joined.execute(database.db);
    expect(rows).toEqual([{ id: 3, label: 'item 4' }]);
  });
});
