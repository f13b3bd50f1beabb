import type SQLite from 'better-sqlite3';
import type pg from 'pg';
import type { PostgresPool, PostgresPoolClient, SqliteDatabase, SqliteStatement } from 'kysely';

/**
 * Prepared statements kept across queries (ADR 0013). Kysely prepares every query afresh: on SQLite
 * that is a `prepare` call per query (about a tenth of the CPU of a point read), on PostgreSQL a parse
 * and a plan on the server for every query. Statements are keyed by their SQL text, which holds no
 * values (Kysely passes values as parameters), so the number of distinct keys is bounded by the code;
 * a bound keeps it bounded anyway (batch inserts of varying sizes, `in (…)` lists): an LRU on SQLite,
 * the first texts seen on PostgreSQL.
 */
export const DEFAULT_STATEMENT_CACHE_SIZE = 500;

/** SQL that changes the schema: a statement planned before it may no longer describe its result. */
const DDL = /^\s*(create|alter|drop|truncate|comment)\b/i;
/** Only queries are named on PostgreSQL; transaction control, savepoints and DDL run as they are. */
const QUERY = /^\s*(select|insert|update|delete|with)\b/i;
/** PostgreSQL's "cached plan must not change result type" (a `select *` planned before an ALTER). */
const PLAN_CHANGED = '0A000';

export interface StatementCacheStats {
  /** Statements held now. */
  size: number;
  max: number;
  hits: number;
  misses: number;
}

/** A Map used as an LRU: a hit moves the key to the end, an insert past `max` drops the oldest. */
class Lru<V> {
  private readonly map = new Map<string, V>();
  constructor(readonly max: number) {}

  get(key: string): V | undefined {
    const v = this.map.get(key);
    if (v !== undefined) {
      this.map.delete(key);
      this.map.set(key, v);
    }
    return v;
  }

  set(key: string, v: V) {
    this.map.set(key, v);
    if (this.map.size > this.max) this.map.delete(this.map.keys().next().value!);
  }

  clear() {
    this.map.clear();
  }

  get size() {
    return this.map.size;
  }
}

export interface CachingSqlite extends SqliteDatabase {
  stats(): StatementCacheStats;
}

/**
 * A reading statement in raw mode, its rows turned into objects here: better-sqlite3 builds row
 * objects through the V8 API one property at a time, which costs twice as much as building them in
 * JavaScript from the row arrays (measured on a list of 50 decisions). Later columns of the same name
 * win, as in better-sqlite3's own objects. The column names are read again when SQLite re-prepared the
 * statement with another number of columns after a schema change.
 */
/**
 * A function that turns a row array into an object literal of these columns: every row of a statement
 * then gets the same hidden class at once, instead of growing one property at a time (a third less CPU
 * for a list of 50 decisions). The names enter the source only as JSON string literals.
 */
function objectBuilder(columns: string[]): (row: unknown[]) => Record<string, unknown> {
  const fields = columns.map((name, i) => `${JSON.stringify(name)}: row[${i}]`).join(', ');
  return new Function('row', `return { ${fields} };`) as (row: unknown[]) => Record<string, unknown>;
}

function rowsAsObjects(stmt: SQLite.Statement): SqliteStatement {
  stmt.raw(true);
  let width = -1;
  let build: (row: unknown[]) => Record<string, unknown> = () => ({});
  const toObject = (row: unknown[]) => {
    if (row.length !== width) {
      const columns = stmt.columns().map((c) => c.name);
      width = columns.length;
      build = objectBuilder(columns);
    }
    return build(row);
  };
  return {
    reader: true,
    all: (parameters) => (stmt.all(parameters) as unknown[][]).map(toObject),
    run: (parameters) => stmt.run(parameters),
    *iterate(parameters) {
      for (const row of stmt.iterate(parameters) as IterableIterator<unknown[]>) yield toObject(row);
    },
  };
}

interface Prepared {
  stmt: SQLite.Statement;
  facade: SqliteStatement;
}

/**
 * The better-sqlite3 database as Kysely's SqliteDialect sees it, with `prepare` answered from the
 * cache. SQLite re-prepares a cached statement by itself when the schema changes; the cache is emptied
 * after DDL all the same, so that no statement keeps the column list of an older table. A statement
 * still being iterated (a streamed query) cannot run again, so a busy one is replaced by a fresh one.
 */
export function cachingSqlite(sqlite: SQLite.Database, max = DEFAULT_STATEMENT_CACHE_SIZE): CachingSqlite {
  const cache = new Lru<Prepared>(max);
  let hits = 0;
  let misses = 0;
  return {
    prepare(sql: string): SqliteStatement {
      const cached = cache.get(sql);
      if (cached && !cached.stmt.busy) {
        hits++;
        return cached.facade;
      }
      misses++;
      if (DDL.test(sql)) {
        cache.clear();
        return sqlite.prepare(sql) as unknown as SqliteStatement;
      }
      const stmt = sqlite.prepare(sql);
      const facade = stmt.reader ? rowsAsObjects(stmt) : (stmt as unknown as SqliteStatement);
      cache.set(sql, { stmt, facade });
      return facade;
    },
    close() {
      cache.clear();
      sqlite.close();
    },
    stats: () => ({ size: cache.size, max, hits, misses }),
  };
}

export interface NamingPool extends PostgresPool {
  stats(): StatementCacheStats;
}

/**
 * A pg pool whose clients run Kysely's queries as named prepared statements, so PostgreSQL parses and
 * plans each distinct query once per connection. The first `max` distinct SQL texts get a name (the hot
 * queries come early, as they are hot); later ones run unnamed, as before, so that no connection holds
 * more than `max` statements. Every name carries a generation, which moves on when this process changes
 * the schema (DDL through the pool, e.g. migrations) or PostgreSQL reports a stale plan: no statement
 * planned against an older schema runs again, and a connection that holds such statements is closed
 * when it is next released (the pool opens a fresh one), so they do not pile up either.
 */
export function namingPool(pool: pg.Pool, max = DEFAULT_STATEMENT_CACHE_SIZE): NamingPool {
  let names = new Map<string, string>();
  let generation = 0;
  let counter = 0;
  let hits = 0;
  let misses = 0;
  const wrapped = new WeakMap<pg.PoolClient, { client: PostgresPoolClient; generation: number }>();

  function nameFor(sql: string): string | undefined {
    const name = names.get(sql);
    if (name) {
      hits++;
      return name;
    }
    misses++;
    if (names.size >= max) return undefined;
    const fresh = `k${generation}_${++counter}`;
    names.set(sql, fresh);
    return fresh;
  }

  function newGeneration() {
    generation++;
    names = new Map();
  }

  function wrap(client: pg.PoolClient): PostgresPoolClient {
    return {
      query: ((sqlOrCursor: unknown, parameters?: readonly unknown[]) => {
        // Kysely streams through a cursor object: hand it over untouched.
        if (typeof sqlOrCursor !== 'string') return client.query(sqlOrCursor as pg.Submittable);
        // A text with several statements (raw SQL) cannot be prepared; pg runs it as a simple query.
        const name = QUERY.test(sqlOrCursor) && !sqlOrCursor.includes(';') ? nameFor(sqlOrCursor) : undefined;
        if (!name) {
          if (DDL.test(sqlOrCursor)) newGeneration();
          return client.query(sqlOrCursor, parameters as unknown[]);
        }
        return client
          .query({ name, text: sqlOrCursor, values: parameters as unknown[] })
          .catch((err: unknown) => {
            if ((err as { code?: string }).code === PLAN_CHANGED) newGeneration();
            throw err;
          });
      }) as unknown as PostgresPoolClient['query'],
      release: (destroy?: boolean) => {
        const stale = wrapped.get(client)!.generation < generation;
        if (stale) wrapped.delete(client);
        client.release(destroy || stale);
      },
    };
  }

  return {
    async connect() {
      for (;;) {
        const client = await pool.connect();
        // Kysely keeps its connection object per client object: hand out the same wrapper every time.
        let w = wrapped.get(client);
        if (w && w.generation < generation) {
          wrapped.delete(client);
          client.release(true);
          continue;
        }
        if (!w) {
          w = { client: wrap(client), generation };
          wrapped.set(client, w);
        }
        return w.client;
      }
    },
    end: () => pool.end(),
    stats: () => ({ size: names.size, max, hits, misses }),
  };
}
