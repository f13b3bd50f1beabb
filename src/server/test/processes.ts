import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import pg from 'pg';
import { inject } from 'vitest';
import type { Db } from '../core/db/database';
import { newId } from '../core/ids';
import { DEMO_PASSWORD } from './harness';

/** The real server as a child process (`src/server/main.ts`), for tests that kill or multiply it. */
export interface ServerProcess {
  child: ChildProcess;
  base: string;
  /** Resolves when the process has exited. */
  exited: Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** Starts a server on `databaseUrl` (demo accounts included) and waits until it answers. */
export async function startServer(
  databaseUrl: string,
  env: Record<string, string> = {},
): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      NODE_ENV: 'development',
      LOG_LEVEL: 'warn',
      DEMO_PASSWORD,
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const base = `http://127.0.0.1:${port}/api/v1`;
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/health`)).ok) return { child, base, exited };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error('server did not start');
}

/** Headers carrying a personal access token of a demo account. */
export async function tokenHeaders(base: string, email: string): Promise<Record<string, string>> {
  const res = await fetch(`${base}/auth/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD, label: 'process test' }),
  });
  if (res.status !== 201) throw new Error(`token for ${email}: ${res.status}`);
  const { token } = (await res.json()) as { token: string };
  return { 'content-type': 'application/json', authorization: `Bearer ${token}` };
}

/** A new, empty database on the test run's PostgreSQL. */
export async function throwawayPostgresDatabase(): Promise<string> {
  const adminUrl = inject('postgresUrl');
  const name = `p_${newId().replace(/-/g, '')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return adminUrl.replace(/\/[^/]*$/, `/${name}`);
}

/** Polls `check` until it returns true; fails after `ms` with `what`. */
export async function eventually(what: string, ms: number, check: () => Promise<boolean>) {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Event deliveries not yet done: zero once the outbox has delivered everything it holds. */
export async function undeliveredCount(db: Db): Promise<number> {
  const r = await db
    .selectFrom('core_event_delivery')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('status', '!=', 'done')
    .executeTakeFirstOrThrow();
  return Number(r.n);
}
