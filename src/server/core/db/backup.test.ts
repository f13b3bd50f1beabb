import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { buildApp } from '../../app';
import { loadConfig } from '../../config';
import { newId } from '../ids';
import { AuditLog } from '../audit/audit';
import { bearer, DEMO_PASSWORD } from '../../test/harness';
import { backupDatabase, restoreDatabase } from './backup';
import { openDatabase, tables } from './database';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sco-backup-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A database of this project's engine that lives outside the process: a file, or a PostgreSQL database. */
async function emptyDatabaseUrl(): Promise<string> {
  if (inject('dbKind') === 'sqlite') return `sqlite:${path.join(dir, `${newId()}.sqlite`)}`;
  const adminUrl = inject('postgresUrl');
  const name = `b_${newId().replace(/-/g, '')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return adminUrl.replace(/\/[^/]*$/, `/${name}`);
}

describe('backup and restore', () => {
  it('restores a backup taken during writes with every write acknowledged before it and a verifying audit chain', async () => {
    const url = await emptyDatabaseUrl();
    const config = loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: url,
      DEMO_PASSWORD,
      LOG_LEVEL: 'silent',
    });
    const app = await buildApp(config, { logger: false });
    const admin = await bearer(app, 'secretariat@example.org');
    const acknowledged: { email: string; at: number }[] = [];
    let writing = true;
    const writer = (async () => {
      for (let i = 0; writing || i < 5; i++) {
        const email = `backup.${i}.${newId()}@example.org`;
        const res = await app.inject({
          method: 'POST',
          url: '/api/v1/users',
          headers: admin,
          payload: { email, displayName: `Backup ${i}`, password: 'long-enough-password' },
        });
        expect(res.statusCode).toBe(201);
        acknowledged.push({ email, at: performance.now() });
      }
    })();
    while (acknowledged.length < 3) await new Promise((r) => setTimeout(r, 10));
    const file = path.join(dir, `${newId()}.backup`);
    const startedAt = performance.now();
    await backupDatabase(url, file);
    writing = false;
    await writer;
    await app.close();
    const before = acknowledged.filter((w) => w.at < startedAt).map((w) => w.email);
    expect(before.length).toBeGreaterThanOrEqual(3);

    const target = await emptyDatabaseUrl();
    await restoreDatabase(target, file);
    const restored = openDatabase(target);
    try {
      const found = await tables<{ identity_user: { email: string } }>(restored.db)
        .selectFrom('identity_user')
        .select('email')
        .where('email', 'in', before)
        .execute();
      expect(found.map((r) => r.email).sort()).toEqual([...before].sort());
      const chain = await new AuditLog(restored.kind).verify(restored.db);
      expect(chain.ok).toBe(true);
      expect(chain.checked).toBeGreaterThan(before.length);
    } finally {
      await restored.close();
    }
    // The platform starts on the restored copy.
    const again = await buildApp({ ...config, databaseUrl: target }, { logger: false });
    expect((await again.inject('/api/v1/health')).statusCode).toBe(200);
    await again.close();
  });

  it('restores over a database that already has the tables, as after a failed deployment', async () => {
    const url = await emptyDatabaseUrl();
    const config = loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: url,
      DEMO_PASSWORD,
      LOG_LEVEL: 'silent',
    });
    const app = await buildApp(config, { logger: false });
    await app.close();
    const file = path.join(dir, `${newId()}.backup`);
    await backupDatabase(url, file);
    const target = await emptyDatabaseUrl();
    const other = await buildApp({ ...config, databaseUrl: target }, { logger: false });
    const admin = await bearer(other, 'secretariat@example.org');
    await other.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: admin,
      payload: { email: 'only.in.target@example.org', displayName: 'Gone', password: 'long-enough-password' },
    });
    await other.close();
    await restoreDatabase(target, file);
    const restored = openDatabase(target);
    try {
      const gone = await tables<{ identity_user: { email: string } }>(restored.db)
        .selectFrom('identity_user')
        .select('email')
        .where('email', '=', 'only.in.target@example.org')
        .execute();
      expect(gone).toEqual([]);
      expect((await new AuditLog(restored.kind).verify(restored.db)).ok).toBe(true);
    } finally {
      await restored.close();
    }
  });
});
