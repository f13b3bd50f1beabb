import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app';
import { loadConfig } from '../config';
import type { Database } from '../core/db/database';
import { migrateToLatest, type MigrationSet } from '../core/db/migrate';
import { describeFiles, readFileContent } from '../core/files';
import { newId } from '../core/ids';
import { coreMigrations } from '../core/migrations';
import { orderModules, type App } from '../core/module';
import { modules } from '../modules';
import { bearer, DEMO_PASSWORD, freshDatabase } from './harness';
import { docx, JPEG, odt, PDF, PNG } from './zip';

/**
 * The files of decisions, documents and plans lived in each module's own table until the kernel kept
 * them: this builds a database as it stood before, migrates it, and checks every file.
 */
const KERNEL_FILES = '20261201_10_core_files';
const all: MigrationSet[] = [coreMigrations, ...orderModules(modules).map((m) => m.migrations)];
const before = all.map((set) =>
  Object.fromEntries(Object.entries(set).filter(([name]) => name < KERNEL_FILES)),
);

const at = '2026-11-30T10:00:00.000Z';
const hex = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const tr = JSON.stringify({ en: 'Old', ru: 'Старый', zh: '旧' });
const big = Buffer.concat([PDF, Buffer.alloc(700 * 1024, 3)]);

interface Legacy {
  table: 'decisions_attachment' | 'documents_text' | 'plans_evidence';
  id: string;
  filename: string;
  mediaType: string;
  content: Buffer;
}

let database: Database;
let app: App;
const decisionId = newId();
const instrumentId = newId();
const planId = newId();
const reportId = newId();
const legacy: Legacy[] = [
  {
    table: 'decisions_attachment',
    id: newId(),
    filename: 'annex.pdf',
    mediaType: 'application/pdf',
    content: PDF,
  },
  {
    table: 'decisions_attachment',
    id: newId(),
    filename: 'Поправки.docx',
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    content: docx(),
  },
  {
    table: 'documents_text',
    id: newId(),
    filename: '协定.odt',
    mediaType: 'application/vnd.oasis.opendocument.text',
    content: odt(),
  },
  { table: 'documents_text', id: newId(), filename: 'big.pdf', mediaType: 'application/pdf', content: big },
  { table: 'plans_evidence', id: newId(), filename: 'photo.png', mediaType: 'image/png', content: PNG },
  { table: 'plans_evidence', id: newId(), filename: 'site.jpg', mediaType: 'image/jpeg', content: JPEG },
];

beforeAll(async () => {
  const fresh = await freshDatabase();
  database = fresh.database;
  const db = database.db;
  await migrateToLatest(db, before);
  await db
    .insertInto('decisions_decision')
    .values({
      id: decisionId,
      body_code: 'CFM',
      title: tr,
      procedure: 'consensus',
      status: 'open',
      visibility: 'restricted',
      version: 1,
      created_at: at,
    })
    .execute();
  await db
    .insertInto('documents_instrument')
    .values({
      id: instrumentId,
      kind: 'agreement',
      title: tr,
      depositary: 'secretariat',
      classification: 'public',
      topics: '[]',
      status: 'draft',
      explanation: JSON.stringify({ key: 'x', params: {}, text: '' }),
      created_at: at,
    })
    .execute();
  const itemId = newId();
  await db
    .insertInto('plans_plan')
    .values({ id: planId, instrument_id: instrumentId, title: tr, created_at: at })
    .execute();
  await db
    .insertInto('plans_item')
    .values({
      id: itemId,
      plan_id: planId,
      position: 0,
      title: tr,
      responsible_states: '["KZ"]',
      responsible_bodies: '[]',
      weight: 1,
    })
    .execute();
  await db
    .insertInto('plans_report')
    .values({
      id: reportId,
      plan_id: planId,
      item_id: itemId,
      state_code: 'KZ',
      status: 'on_track',
      percent: 50,
      evidence: '[]',
      reported_at: at,
      reported_by: 'coordinator.kz@example.org',
    })
    .execute();
  for (const f of legacy) {
    const common = {
      id: f.id,
      filename: f.filename,
      media_type: f.mediaType,
      size: f.content.length,
      sha256: hex(f.content),
      content: f.content,
      uploaded_by: 'someone@example.org',
      uploaded_at: at,
    };
    if (f.table === 'decisions_attachment')
      await db
        .insertInto(f.table)
        .values({ ...common, decision_id: decisionId })
        .execute();
    if (f.table === 'documents_text')
      await db
        .insertInto(f.table)
        .values({ ...common, instrument_id: instrumentId, language: 'ru', authentic: 1 })
        .execute();
    if (f.table === 'plans_evidence')
      await db
        .insertInto(f.table)
        .values({ ...common, report_id: reportId, plan_id: planId })
        .execute();
  }
  // The delegation of Kazakhstan attached the first annex: the audit log says so.
  await db
    .insertInto('core_audit_entry')
    .values({
      seq: 999_999,
      id: newId(),
      at,
      actor_email: 'coordinator.kz@example.org',
      acting_for: 'KZ',
      action: 'decisions.attachment_added',
      target_type: 'decision',
      target_id: decisionId,
      data: JSON.stringify({ attachmentId: legacy[0]!.id }),
      prev_hash: '',
      hash: '',
    })
    .execute();

  await migrateToLatest(db, all);
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: fresh.url,
    DEMO_PASSWORD,
    LOG_LEVEL: 'silent',
  });
  app = await buildApp(config, { database, logger: false });
});
afterAll(async () => {
  await app?.close();
  await database?.close();
});

describe('the migration of stored files into the kernel', () => {
  it('keeps every file byte for byte with its hash, owner and uploader', async () => {
    const stored = await describeFiles(
      database.db,
      legacy.map((f) => f.id),
    );
    expect(stored).toHaveLength(legacy.length);
    for (const [i, f] of legacy.entries()) {
      const s = stored[i]!;
      const chunks: Buffer[] = [];
      for await (const c of readFileContent(database.db, f.id)) chunks.push(c);
      const bytes = Buffer.concat(chunks);
      expect(bytes.equals(f.content), f.filename).toBe(true);
      expect(s).toMatchObject({
        filename: f.filename,
        mediaType: f.mediaType,
        size: f.content.length,
        sha256: hex(f.content),
        uploadedBy: 'someone@example.org',
        uploadedAt: at,
      });
      expect(s.ownerModule).toBe(f.table.split('_')[0]);
    }
    expect(stored.map((s) => s.actingFor)).toEqual(['KZ', null, 'secretariat', 'secretariat', 'KZ', 'KZ']);
    expect(stored.map((s) => s.ownerRecord)).toEqual([
      decisionId,
      decisionId,
      instrumentId,
      instrumentId,
      reportId,
      reportId,
    ]);
    const columns = await database.db.introspection.getTables();
    for (const table of ['decisions_attachment', 'documents_text', 'plans_evidence'])
      expect(columns.find((c) => c.name === table)!.columns.map((c) => c.name)).not.toContain('content');
  });

  it('serves every migrated file through its module, with the hash it had', async () => {
    const sec = await bearer(app, 'secretariat@example.org');
    const urls: Record<Legacy['table'], (id: string) => string> = {
      decisions_attachment: (id) => `/api/v1/decisions/${decisionId}/attachments/${id}`,
      documents_text: (id) => `/api/v1/documents/${instrumentId}/texts/${id}`,
      plans_evidence: (id) => `/api/v1/plans/${planId}/evidence/${id}`,
    };
    for (const f of legacy) {
      const res = await app.inject({ url: urls[f.table](f.id), headers: sec });
      expect(res.statusCode, `${f.filename}: ${res.body.slice(0, 200)}`).toBe(200);
      expect(Buffer.from(res.rawPayload).equals(f.content)).toBe(true);
      expect(res.headers.digest).toBe(`sha-256=${Buffer.from(hex(f.content), 'hex').toString('base64')}`);
    }
  });
});
