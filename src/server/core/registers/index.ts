import { tables, toNumber, type Trx } from '../db/database';

/**
 * Numbers of the platform's registers (decision register numbers, depositary notifications, and what
 * comes next): gap-free per series and year, in the order the numbering transactions commit. ADR 0010.
 *
 * A series is `<module>.<register>:<key>`, e.g. `decisions.register:CNC`, so modules never share one
 * by accident.
 */
interface RegisterTables {
  core_register: { series: string; year: number; last_number: number };
}

/**
 * Takes the next number of a series for a year. It must run in the transaction that records the
 * numbered act: the counter row stays locked until that transaction ends (PostgreSQL row lock, SQLite's
 * single writer), so concurrent writers queue instead of colliding, and a rollback gives the number
 * back. One atomic upsert also covers the first number of a year, which two writers may both try to
 * insert: the second waits on the first's row and then increments it.
 */
export async function nextNumber(trx: Trx, series: string, year: number): Promise<number> {
  const row = await tables<RegisterTables>(trx)
    .insertInto('core_register')
    .values({ series, year, last_number: 1 })
    .onConflict((oc) =>
      oc
        .columns(['series', 'year'])
        .doUpdateSet((eb) => ({ last_number: eb('core_register.last_number', '+', 1) })),
    )
    .returning('last_number')
    .executeTakeFirstOrThrow();
  return toNumber(row.last_number);
}
