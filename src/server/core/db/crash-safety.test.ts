import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';

/**
 * Runs the real server as a child process on a SQLite file (WAL, synchronous=FULL), kills it with
 * SIGKILL in the middle of a burst of writes and starts it again: every write it acknowledged must
 * still be there and the audit chain must verify.
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sco-crash-'));
const children: ChildProcess[] = [];
afterAll(() => {
  for (const c of children) c.kill('SIGKILL');
  fs.rmSync(dir, { recursive: true, force: true });
});

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

async function startServer(port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: {
      ...process.env,
      DATABASE_URL: `sqlite:${dir}/crash.sqlite`,
      PORT: String(port),
      HOST: '127.0.0.1',
      NODE_ENV: 'development',
      LOG_LEVEL: 'warn',
      DEMO_PASSWORD: 'demo-password',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  children.push(child);
  for (let i = 0; i < 300; i++) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/v1/health`);
      if (res.ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('server did not start');
}

describe.runIf(inject('dbKind') === 'sqlite')('crash safety', () => {
  it('loses no acknowledged write when killed with SIGKILL mid-burst, and the audit chain still verifies', async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}/api/v1`;
    const server = await startServer(port);
    const tokenRes = await fetch(`${base}/auth/tokens`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        email: 'secretariat@example.org',
        password: 'demo-password',
        label: 'crash test',
      }),
    });
    const { token } = (await tokenRes.json()) as { token: string };
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };

    const acknowledged: string[] = [];
    let stop = false;
    let n = 0;
    const worker = async () => {
      while (!stop) {
        const i = n++;
        try {
          const res = await fetch(`${base}/users`, {
            method: 'POST',
            headers,
            body: JSON.stringify({
              email: `burst.${i}@example.org`,
              displayName: `Burst ${i}`,
              password: 'burst-password-1234',
            }),
          });
          if (res.status === 201) acknowledged.push(((await res.json()) as { id: string }).id);
        } catch {
          // the server died under this request: it was never acknowledged
        }
      }
    };
    const workers = Array.from({ length: 8 }, worker);
    while (acknowledged.length < 40) await new Promise((r) => setTimeout(r, 10));
    server.kill('SIGKILL');
    stop = true;
    await Promise.all(workers);
    if (server.exitCode === null && server.signalCode === null)
      await new Promise((r) => server.once('exit', r));
    expect(n).toBeGreaterThan(acknowledged.length);

    const restarted = await startServer(port);
    const admin = await fetch(`${base}/auth/tokens`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        email: 'secretariat@example.org',
        password: 'demo-password',
        label: 'after restart',
      }),
    });
    const auth = { authorization: `Bearer ${((await admin.json()) as { token: string }).token}` };
    const users = (await (await fetch(`${base}/users`, { headers: auth })).json()) as {
      items: { id: string }[];
    };
    const present = new Set(users.items.map((u) => u.id));
    expect(acknowledged.filter((id) => !present.has(id))).toEqual([]);
    const verify = (await (await fetch(`${base}/audit/verify`, { headers: auth })).json()) as {
      ok: boolean;
      checked: number;
    };
    expect(verify.ok).toBe(true);
    expect(verify.checked).toBeGreaterThanOrEqual(acknowledged.length);
    restarted.kill('SIGTERM');
  });
});
