import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { Kysely, PostgresDialect, SqliteDialect, type Transaction } from 'kysely';
import type { DatabaseKind } from '../../config';
import {
  cachingSqlite,
  DEFAULT_STATEMENT_CACHE_SIZE,
  namingPool,
  type StatementCacheStats,
} from './statements';

/**
 * Modules own their tables and describe them in their own interfaces; the kernel only knows that a
 * database exists. A repository narrows `Db` to its tables with `tables<T>(db)`.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Db = Kysely<any>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Trx = Transaction<any>;
export type DbOrTrx = Db | Trx;

export function tables<T>(db: DbOrTrx): Kysely<T> {
  return db as unknown as Kysely<T>;
}

export interface Database {
  db: Db;
  kind: DatabaseKind;
  /** The prepared-statement cache of this database (ADR 0013). */
  statements(): StatementCacheStats;
  /** Queries waiting for a pooled connection right now (PostgreSQL; SQLite has no pool and never waits). */
  waiting(): number;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** How many prepared statements to keep (SQLite) or name (PostgreSQL, per connection). */
  statementCacheSize?: number;
  /** PostgreSQL connections this process may hold (10). */
  poolSize?: number;
}

export function openDatabase(url: string, opts: OpenOptions = {}): Database {
  const size = opts.statementCacheSize ?? DEFAULT_STATEMENT_CACHE_SIZE;
  if (url.startsWith('sqlite:')) return openSqlite(url.slice('sqlite:'.length), size);
  return openPostgres(url, size, opts.poolSize ?? 10);
}

function openSqlite(file: string, cacheSize: number): Database {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new SQLite(file);
  // WAL for concurrent readers; FULL so an acknowledged commit survives a power cut, not only a crash.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const cached = cachingSqlite(sqlite, cacheSize);
  const db = new Kysely({ dialect: new SqliteDialect({ database: cached }) });
  return {
    db,
    kind: 'sqlite',
    statements: () => cached.stats(),
    waiting: () => 0,
    close: () => db.destroy(),
  };
}

function openPostgres(url: string, cacheSize: number, poolSize: number): Database {
  const raw = new pg.Pool({ connectionString: url, max: poolSize });
  const pool = namingPool(raw, cacheSize);
  const db = new Kysely({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    kind: 'postgres',
    statements: () => pool.stats(),
    waiting: () => raw.waitingCount,
    close: () => db.destroy(),
  };
}

/** Drivers differ: pg returns counts and bigints as strings, SQLite returns numbers. */
export function toNumber(v: unknown): number {
  return typeof v === 'number' ? v : Number(v ?? 0);
}

export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; message?: string };
  return (
    e?.code === '23505' ||
    e?.code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    e?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
  );
}

export function isForeignKeyViolation(err: unknown): boolean {
  const e = err as { code?: string };
  return e?.code === '23503' || e?.code === 'SQLITE_CONSTRAINT_FOREIGNKEY';
}
