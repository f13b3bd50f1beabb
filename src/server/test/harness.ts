import pg from 'pg';
import { inject } from 'vitest';
import { buildApp } from '../app';
import { loadConfig, type Config } from '../config';
import { openDatabase, type Database } from '../core/db/database';
import { migrateToLatest } from '../core/db/migrate';
import { newId } from '../core/ids';
import { coreMigrations } from '../core/migrations';
import type { App, ModuleDefinition } from '../core/module';
import { modules as allModules } from '../modules';

export const DEMO_PASSWORD = 'demo-password';

export interface TestApp {
  app: App;
  database: Database;
  kind: 'sqlite' | 'postgres';
  config: Config;
  /** The modules the platform was built with. */
  modules: ModuleDefinition[];
  /** Stops the platform and starts it again on the same database, optionally with another clock. */
  restart(opts?: { now?: () => Date }): Promise<void>;
  close(): Promise<void>;
}

/** A fresh, empty database of the engine this test project runs on. */
export async function freshDatabase(): Promise<{ database: Database; url: string; drop(): Promise<void> }> {
  if (inject('dbKind') === 'sqlite') {
    const database = openDatabase('sqlite::memory:');
    return { database, url: 'sqlite::memory:', drop: async () => database.close() };
  }
  const adminUrl = inject('postgresUrl');
  const name = `t_${newId().replace(/-/g, '')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = adminUrl.replace(/\/[^/]*$/, `/${name}`);
  const database = openDatabase(url);
  // The database is left behind: the whole throwaway cluster is removed when the test run ends, and
  // dropping it here would race the pool's last disconnects.
  return { database, url, drop: async () => database.close() };
}

export interface TestAppOptions {
  now?: () => Date;
  extraModules?: ModuleDefinition[];
  /** Modules that stand in for the platform's module of the same name (one built with a test's client). */
  replace?: ModuleDefinition[];
  /** Stands in for the event loop's measured delay (load shedding tests). */
  eventLoopDelay?: () => number;
}

/** The whole platform on a fresh database of this project's engine, with the demo accounts. */
export async function buildTestApp(
  env: Record<string, string> = {},
  opts: TestAppOptions = {},
): Promise<TestApp> {
  return buildTestAppOn(await freshDatabase(), env, opts);
}

/** The whole platform on a database the test prepared (e.g. migrated only so far). */
export async function buildTestAppOn(
  { database, url, drop }: Awaited<ReturnType<typeof freshDatabase>>,
  env: Record<string, string> = {},
  opts: TestAppOptions = {},
): Promise<TestApp> {
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: url,
    DEMO_PASSWORD,
    LOG_LEVEL: 'silent',
    ...env,
  });
  const modules = [
    ...allModules.map((m) => opts.replace?.find((r) => r.name === m.name) ?? m),
    ...(opts.extraModules ?? []),
  ];
  const t: TestApp = {
    app: await buildApp(config, {
      database,
      logger: false,
      now: opts.now,
      modules,
      eventLoopDelay: opts.eventLoopDelay,
    }),
    database,
    kind: database.kind,
    config,
    modules,
    restart: async (o = {}) => {
      await t.app.close();
      t.app = await buildApp(config, { database, logger: false, now: o.now, modules });
    },
    close: async () => {
      await t.app.close();
      await drop();
    },
  };
  return t;
}

/**
 * Runs every migration named before `name`, so a test can fill the tables as they were and watch a
 * data migration carry them over.
 */
export async function migrateBefore(database: Database, name: string) {
  const sets = [coreMigrations, ...allModules.map((m) => m.migrations)].map((set) =>
    Object.fromEntries(Object.entries(set).filter(([n]) => n < name)),
  );
  await migrateToLatest(database.db, sets);
}

export interface Session {
  cookie: string;
  csrf: string;
}

/** Signs in through the API as the web app does and returns the cookie and CSRF token. */
export async function signIn(app: App, email: string, password = DEMO_PASSWORD): Promise<Session> {
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`sign-in of ${email} failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'sco_session');
  return { cookie: `sco_session=${cookie!.value}`, csrf: res.json<{ csrfToken: string }>().csrfToken };
}

/** A personal access token for API calls: `{ authorization: 'Bearer …' }`. */
export async function bearer(
  app: App,
  email: string,
  password = DEMO_PASSWORD,
): Promise<{ authorization: string }> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/tokens',
    payload: { email, password, label: 'test' },
  });
  if (res.statusCode !== 201) throw new Error(`token for ${email} failed: ${res.statusCode} ${res.body}`);
  return { authorization: `Bearer ${res.json<{ token: string }>().token}` };
}

/** Counts every row of every table: a request that must change nothing leaves this equal. */
export async function snapshotCounts(database: Database): Promise<Record<string, number>> {
  const tablesMeta = await database.db.introspection.getTables();
  const out: Record<string, number> = {};
  for (const t of tablesMeta) {
    if (t.name.startsWith('core_migration')) continue;
    const r = await database.db
      .selectFrom(t.name)
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    out[t.name] = Number(r.n);
  }
  return out;
}
