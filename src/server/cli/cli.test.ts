import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { buildApp } from '../app';
import { loadConfig } from '../config';
import { openDatabase } from '../core/db/database';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sco-cli-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const env = {
  ...process.env,
  DATABASE_URL: `sqlite:${dir}/prod.sqlite`,
  NODE_ENV: 'production',
  LOG_LEVEL: 'silent',
  // The platform built below must not shed the test's requests on a busy machine.
  MAX_EVENT_LOOP_DELAY_MS: '0',
  MAX_IN_FLIGHT: '0',
};
const run = (script: string, args: string[], extra: Record<string, string> = {}) =>
  spawnSync(process.execPath, ['--import', 'tsx', `src/server/cli/${script}`, ...args], {
    env: { ...env, ...extra },
    encoding: 'utf8',
  });

describe.runIf(inject('dbKind') === 'sqlite')('command-line tools', () => {
  it('creates the first Secretariat administrator of a production installation, which has no demo accounts', async () => {
    const r = run('create-admin.ts', ['--email', 'admin@sco.example', '--name', 'First Admin'], {
      SCO_ADMIN_PASSWORD: 'a-strong-password-123',
    });
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('created Secretariat administrator admin@sco.example');
    expect(
      run('create-admin.ts', ['--email', 'admin@sco.example', '--name', 'Again'], {
        SCO_ADMIN_PASSWORD: 'a-strong-password-123',
      }).status,
    ).toBe(1);
    expect(
      run('create-admin.ts', ['--email', 'x@sco.example', '--name', 'Weak'], { SCO_ADMIN_PASSWORD: 'short' })
        .status,
    ).toBe(2);

    const app = await buildApp(loadConfig(env), { logger: false });
    try {
      const login = (email: string, password: string) =>
        app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
      expect((await login('secretariat@example.org', 'demo-password')).statusCode).toBe(401);
      const res = await login('admin@sco.example', 'a-strong-password-123');
      expect(res.statusCode).toBe(200);
      expect(res.json().mandates[0]).toMatchObject({ role: 'secretariat_admin', state: null });
    } finally {
      await app.close();
    }
  });

  it('backs the database up and restores it with the npm scripts, verifying the restored chain', () => {
    const file = path.join(dir, 'prod.backup');
    const backup = run('backup.ts', [file]);
    expect(backup.stderr).toBe('');
    expect(backup.stdout).toContain(`backup of the sqlite database written to ${file}`);
    const restored = run('restore.ts', [file], { DATABASE_URL: `sqlite:${dir}/restored.sqlite` });
    expect(restored.stderr).toBe('');
    expect(restored.stdout).toMatch(/audit chain OK: \d+ entries/);
    expect(run('backup.ts', []).status).toBe(2);
    expect(run('restore.ts', [path.join(dir, 'missing.backup')]).status).toBe(1);
  });

  it('verifies the audit chain and names the first broken link', async () => {
    const ok = run('verify-audit.ts', []);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/audit chain OK: \d+ entries/);
    const database = openDatabase(env.DATABASE_URL);
    await sql`update core_audit_entry set actor_email = 'mallory@example.org' where seq = 1`.execute(
      database.db,
    );
    await database.close();
    const broken = run('verify-audit.ts', []);
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain('BROKEN at entry #1');
  });

  it('refuses to start with a wrong configuration and names the variable', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
      env: { ...process.env, PORT: 'not-a-port', DATABASE_URL: 'oracle://x' },
      encoding: 'utf8',
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('PORT');
    expect(r.stderr).toContain('DATABASE_URL');
  });
});
