import { afterEach, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../test/harness';
import { compiledQuery } from './compiled';
import { tables, type Database } from './database';

interface T {
  compiled_item: { id: number; label: string; grp: string };
}

const t = (d: Parameters<typeof tables>[0]) => tables<T>(d);
const inGroup = compiledQuery((d, grp: string, limit: number) =>
  t(d).selectFrom('compiled_item').select(['id', 'label']).where('grp', '=', grp).orderBy('id').limit(limit),
);
const byLabel = compiledQuery((d, label: string) =>
  t(d).selectFrom('compiled_item').selectAll().where('label', '=', label).where('grp', '!=', 'hidden'),
);

let database: Database;
let drop: () => Promise<void>;
afterEach(async () => drop());

async function setUp() {
  ({ database, drop } = await freshDatabase());
  await database.db.schema
    .createTable('compiled_item')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('grp', 'text', (c) => c.notNull())
    .execute();
  await t(database.db)
    .insertInto('compiled_item')
    .values(
      Array.from({ length: 12 }, (_, i) => ({
        id: i + 1,
        label: `l${i + 1}`,
        grp: ['a', 'b', 'hidden'][i % 3]!,
      })),
    )
    .execute();
}

describe('compiled queries', () => {
  it('runs the query compiled once with the values of each call, constants kept', async () => {
    await setUp();
    expect((await inGroup(database.db, 'a', 2)).map((r) => Number(r.id))).toEqual([1, 4]);
    expect((await inGroup(database.db, 'b', 3)).map((r) => Number(r.id))).toEqual([2, 5, 8]);
    expect(await inGroup(database.db, 'none', 5)).toEqual([]);
    expect((await byLabel(database.db, 'l4')).map((r) => r.grp)).toEqual(['a']);
    // l3 is in the hidden group: the constant of the compiled query still applies.
    expect(await byLabel(database.db, 'l3')).toEqual([]);
  });

  it('runs inside a transaction and sees its uncommitted writes', async () => {
    await setUp();
    await expect(
      database.db.transaction().execute(async (trx) => {
        await t(trx).insertInto('compiled_item').values({ id: 100, label: 'new', grp: 'a' }).execute();
        expect((await byLabel(trx, 'new')).map((r) => Number(r.id))).toEqual([100]);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await byLabel(database.db, 'new')).toEqual([]);
  });
});
