import type { Compilable, CompiledQuery } from 'kysely';
import type { Db, DbOrTrx } from './database';

/**
 * Hot queries built and compiled once (ADR 0013). Building a query through Kysely's immutable
 * builders and compiling it to SQL costs more CPU than running a point read in SQLite; for a query
 * whose shape does not depend on its values, the compiled SQL is the same on every call and only the
 * parameters change. `compiledQuery` builds the query once per dialect with placeholders in place of
 * the values, keeps the compiled SQL, and on each call runs it with the call's values. The builder
 * must use its arguments only as values (`where('id', '=', id)`, `limit(n)`), never to decide the
 * shape of the query: the first call's shape would be reused for every later one.
 */
const PLACEHOLDER = Symbol('compiled query placeholder');

interface Placeholder {
  [PLACEHOLDER]: number;
}

function isPlaceholder(v: unknown): v is Placeholder {
  return typeof v === 'object' && v !== null && PLACEHOLDER in v;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function compiledQuery<A extends any[], R>(
  build: (db: Db, ...args: A) => Compilable<R>,
): (d: DbOrTrx, ...args: A) => Promise<R[]> {
  // One compiled query per dialect: the SQL text of SQLite and PostgreSQL differ.
  const byAdapter = new WeakMap<object, { compiled: CompiledQuery<R>; slots: (number | null)[] }>();
  return async (d, ...args) => {
    const adapter = d.getExecutor().adapter;
    let entry = byAdapter.get(adapter);
    if (!entry) {
      const placeholders = args.map((_, i) => ({ [PLACEHOLDER]: i })) as unknown as A;
      const compiled = build(d as Db, ...placeholders).compile();
      const slots = compiled.parameters.map((p) => (isPlaceholder(p) ? p[PLACEHOLDER] : null));
      entry = { compiled, slots };
      byAdapter.set(adapter, entry);
    }
    const { compiled, slots } = entry;
    const parameters = slots.map((slot, i) => (slot === null ? compiled.parameters[i] : args[slot]));
    const result = await d.executeQuery<R>({ ...compiled, parameters });
    return result.rows;
  };
}
