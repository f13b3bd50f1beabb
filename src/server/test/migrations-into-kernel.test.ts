import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DecisionDto } from '../../contracts/decisions';
import type { InstrumentDto } from '../../contracts/documents';
import { buildApp } from '../app';
import { loadConfig } from '../config';
import { toNumber, type Database } from '../core/db/database';
import { migrateToLatest, type MigrationSet } from '../core/db/migrate';
import { coreMigrations } from '../core/migrations';
import type { App } from '../core/module';
import { modules } from '../modules';
import { bearer, DEMO_PASSWORD, freshDatabase } from './harness';

/**
 * A database written before the Idempotency-Key store and the register counters moved into the kernel
 * (ADR 0010) keeps its answered keys and goes on numbering where its registers stood.
 */
const FIRST_KERNEL_MIGRATION = '20261201_01_core_idempotency_registers';
const YEAR = new Date().getUTCFullYear();
// Recent enough that the hourly purge of expired answers, which runs when the platform starts, keeps it.
const CREATED = new Date(Date.now() - 3600_000).toISOString();
const EXPIRES = new Date(Date.parse(CREATED) + 24 * 3600_000).toISOString();

let database: Database;
let drop: () => Promise<void>;
let app: App;
let sec: Record<string, string>;

function until(name: string): MigrationSet[] {
  return [coreMigrations, ...modules.map((m) => m.migrations)].map((set) =>
    Object.fromEntries(Object.entries(set).filter(([n]) => n < name)),
  );
}

beforeAll(async () => {
  let url: string;
  ({ database, url, drop } = await freshDatabase());
  await migrateToLatest(database.db, until(FIRST_KERNEL_MIGRATION));
  const db = database.db;
  await db
    .insertInto('finance_idempotency')
    .values([
      {
        scope: 'user:legacy',
        key: 'answered',
        request_hash: 'h1',
        status_code: 201,
        response: '{"id":"e1"}',
        created_at: CREATED,
      },
    ])
    .execute();
  await db
    .insertInto('decisions_register')
    .values([
      { body_code: 'HGC', year: YEAR, last_number: 40 },
      { body_code: 'CNC', year: 2025, last_number: 12 },
    ])
    .execute();
  await db
    .insertInto('documents_notification_counter')
    .values({ depositary: 'secretariat', year: YEAR, last_seq: 20 })
    .execute();
  const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: url, DEMO_PASSWORD, LOG_LEVEL: 'silent' });
  app = await buildApp(config, { database, logger: false });
  sec = await bearer(app, 'secretariat@example.org');
});
afterAll(async () => {
  await app.close();
  await drop();
});

async function registerAt(series: string, year: number): Promise<number> {
  const r = await database.db
    .selectFrom('core_register')
    .select('last_number')
    .where('series', '=', series)
    .where('year', '=', year)
    .executeTakeFirstOrThrow();
  return toNumber(r.last_number);
}

describe('moving idempotency keys and register counters into the kernel', () => {
  it('keeps every answered Idempotency-Key, with the default lifetime from its creation', async () => {
    const rows = await database.db.selectFrom('core_idempotency_key').selectAll().execute();
    expect(rows.map((r) => ({ ...r, status_code: toNumber(r.status_code) }))).toEqual([
      {
        scope: 'user:legacy',
        key: 'answered',
        request_hash: 'h1',
        status_code: 201,
        response: '{"id":"e1"}',
        created_at: CREATED,
        expires_at: EXPIRES,
      },
    ]);
  });

  it('drops the module copies of the store and the counters', async () => {
    const names = (await database.db.introspection.getTables()).map((t) => t.name);
    expect(names).toEqual(expect.arrayContaining(['core_idempotency_key', 'core_register']));
    for (const gone of ['finance_idempotency', 'decisions_register', 'documents_notification_counter'])
      expect(names).not.toContain(gone);
    expect(await registerAt('decisions.register:CNC', 2025)).toBe(12);
  });

  it('goes on numbering a decision register where it stood', async () => {
    const before = await registerAt('decisions.register:HGC', YEAR);
    expect(before).toBeGreaterThanOrEqual(40);
    const created = await app.inject({
      method: 'POST',
      url: '/api/v1/decisions',
      headers: sec,
      payload: {
        body: 'HGC',
        title: { en: 'Draft', ru: 'Проект', zh: '草案' },
        procedure: 'consensus',
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const closed = await app.inject({
      method: 'POST',
      url: `/api/v1/decisions/${created.json<DecisionDto>().id}/close`,
      headers: sec,
    });
    expect(closed.json<DecisionDto>().number).toBe(`HGC/${YEAR}/${before + 1}`);
  });

  it('goes on numbering the depositary notifications where they stood', async () => {
    const before = await registerAt('documents.notification:secretariat', YEAR);
    expect(before).toBeGreaterThanOrEqual(20);
    const created = await app.inject({
      method: 'POST',
      url: '/api/v1/documents',
      headers: sec,
      payload: {
        kind: 'agreement',
        title: { en: 'Agreement', ru: 'Соглашение', zh: '协定' },
        entryIntoForce: null,
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const signed = await app.inject({
      method: 'POST',
      url: `/api/v1/documents/${created.json<InstrumentDto>().id}/actions`,
      headers: sec,
      payload: { state: 'KZ', kind: 'signature', date: new Date().toISOString().slice(0, 10) },
    });
    expect(signed.statusCode, signed.body).toBe(201);
    const numbers = signed.json<InstrumentDto>().actions.map((a) => a.notificationNumber);
    expect(numbers).toEqual([`SCO-SEC/${YEAR}/${before + 1}`]);
  });
});
