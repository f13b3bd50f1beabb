import http from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/harness';
import {
  eventually,
  startServer,
  throwawayPostgresDatabase,
  tokenHeaders,
  type ServerProcess,
} from '../../test/processes';
import { multipartForm, pdf } from '../../test/zip';
import { openDatabase, tables, type Database } from '../db/database';
import { HOLD_SECONDS, holdUpload } from './upload-holds';

const MB = 2 ** 20;
const LIMIT = 48 * MB;

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());
afterEach(() => vi.useRealTimers());

const hold = (keys: string[], bytes: number) => holdUpload(t.database.db, t.kind, keys, bytes, LIMIT);

describe('uploads in flight held in the database', () => {
  it('hold two 20 MB uploads of a state, refuse a third, and take it once one is given back', async () => {
    const first = await hold(['KZ'], 20 * MB);
    const second = await hold(['KZ'], 20 * MB);
    expect(first && second).toBeTruthy();
    expect(await hold(['KZ'], 20 * MB)).toBeUndefined();
    // Another state's room is its own; an upload counting against both is refused by the full one.
    const other = await hold(['RU'], 20 * MB);
    expect(other).toBeTruthy();
    expect(await hold(['RU', 'KZ'], 20 * MB)).toBeUndefined();
    await first!.release();
    const third = await hold(['KZ'], 20 * MB);
    expect(third).toBeTruthy();
    for (const h of [second, other, third]) await h!.release();
  });

  it('let one upload run even when it is larger than the whole allowance', async () => {
    const big = await hold(['CN'], 60 * MB);
    expect(big).toBeTruthy();
    expect(await hold(['CN'], 1)).toBeUndefined();
    await big!.release();
  });

  it('free the holds of a process that died once they expire', async () => {
    // A hold never given back and no longer renewed: its process was killed mid-upload.
    expect(await hold(['TJ'], 40 * MB)).toBeTruthy();
    expect(await hold(['TJ'], 20 * MB)).toBeUndefined();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + (HOLD_SECONDS + 1) * 1000);
    const after = await hold(['TJ'], 20 * MB);
    vi.useRealTimers();
    expect(after).toBeTruthy();
    await after!.release();
  });

  it('hold concurrent uploads to the allowance, never past it', async () => {
    const holds = await Promise.all(Array.from({ length: 12 }, () => hold(['UZ'], 10 * MB)));
    expect(holds.filter(Boolean)).toHaveLength(4);
    for (const h of holds) await h?.release();
  });
});

/** Starts a multipart upload and sends all but its last bytes: the server holds it and waits. */
function startUpload(url: string, headers: Record<string, string>, payload: Buffer) {
  const req = http.request(url, {
    method: 'POST',
    headers: { ...headers, 'content-length': String(payload.length) },
  });
  const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
    req.on('response', (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode!, body }));
    });
    req.on('error', reject);
  });
  req.write(payload.subarray(0, payload.length - 100));
  return { answer, finish: () => req.end(payload.subarray(payload.length - 100)) };
}

const servers: ServerProcess[] = [];
let database: Database | undefined;
afterAll(async () => {
  servers.forEach((s) => s.child.kill('SIGKILL'));
  await database?.close();
});

describe.runIf(inject('dbKind') === 'postgres')('two processes on one PostgreSQL', () => {
  it('share one allowance of uploads in flight per state', async () => {
    const url = await throwawayPostgresDatabase();
    for (let i = 0; i < 2; i++) servers.push(await startServer(url));
    const [a, b] = servers as [ServerProcess, ServerProcess];
    const secretariat = await tokenHeaders(a.base, 'secretariat@example.org');
    const title = { en: 'Quota draft', ru: 'Проект', zh: '草案' };
    const draft = await fetch(`${a.base}/decisions`, {
      method: 'POST',
      headers: secretariat,
      body: JSON.stringify({ body: 'CFM', title, procedure: 'consensus', participants: ['KZ'] }),
    });
    expect(draft.status).toBe(201);
    const { id } = (await draft.json()) as { id: string };
    const kz = await tokenHeaders(a.base, 'coordinator.kz@example.org');
    const auth = { authorization: kz.authorization! };
    const form = multipartForm(pdf('x'.repeat(20 * MB - 2048)), 'annex.pdf', 'application/pdf', {
      state: 'KZ',
    });
    const upload = (s: ServerProcess) =>
      startUpload(`${s.base}/decisions/${id}/attachments`, { ...auth, ...form.headers }, form.payload);

    // One 20 MB upload on each process: both held; a third on either is past the 48 MB of KZ.
    const first = upload(a);
    const second = upload(b);
    database = openDatabase(url);
    const held = () =>
      tables<{ core_upload_hold: { quota_key: string } }>(database!.db)
        .selectFrom('core_upload_hold')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('quota_key', '=', 'KZ')
        .executeTakeFirstOrThrow();
    await eventually('both uploads held', 30_000, async () => Number((await held()).n) === 2);
    for (const s of [a, b]) {
      const third = upload(s);
      const refused = await third.answer;
      expect(refused.status).toBe(429);
      expect(JSON.parse(refused.body)).toMatchObject({
        code: 'uploads.quota_exceeded',
        params: { scope: 'in_flight' },
      });
    }
    first.finish();
    second.finish();
    expect((await first.answer).status).toBe(201);
    expect((await second.answer).status).toBe(201);
    // Both given back: the next upload on either process is taken.
    const next = upload(b);
    next.finish();
    expect((await next.answer).status).toBe(201);
  }, 120_000);
});
