import { createHash } from 'node:crypto';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { bearer, buildTestApp, snapshotCounts, type TestApp } from '../../test/harness';
import { docx, multipartForm, pdf, PDF, PNG } from '../../test/zip';

let t: TestApp;
let sec: Record<string, string>;
let kz: Record<string, string>;
let ru: Record<string, string>;
beforeAll(async () => {
  t = await buildTestApp();
  sec = await bearer(t.app, 'secretariat@example.org');
  kz = await bearer(t.app, 'coordinator.kz@example.org');
  ru = await bearer(t.app, 'coordinator.ru@example.org');
});
afterAll(() => t.close());

const tr = (en: string) => ({ en, ru: `${en} (рус.)`, zh: `${en}（中）` });
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest();

async function instrument(classification: 'public' | 'restricted'): Promise<string> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/documents',
    headers: sec,
    payload: { kind: 'agreement', title: tr('Files agreement'), entryIntoForce: null, classification },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string }>().id;
}

async function uploadText(id: string, file: Buffer, name: string, type = 'application/pdf') {
  const f = multipartForm(file, name, type, { language: 'ru', authentic: 'true' });
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/documents/${id}/texts`,
    payload: f.payload,
    headers: { ...sec, ...f.headers },
  });
}

describe('stored files', () => {
  it('keep a file larger than one chunk with who uploaded it for whom, and stream it back byte for byte', async () => {
    const id = await instrument('public');
    const big = pdf('x'.repeat(600 * 1024));
    const name = 'Соглашение «Шанхай» 上海.pdf';
    const res = await uploadText(id, big, name);
    expect(res.statusCode, res.body).toBe(201);
    const text = res.json<{ id: string; filename: string; sha256: string; size: number }>();
    expect(text).toMatchObject({ filename: name, size: big.length, sha256: sha256(big).toString('hex') });

    const row = await t.database.db
      .selectFrom('core_file')
      .selectAll()
      .where('id', '=', text.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      use: 'documents.text',
      owner_module: 'documents',
      owner_record: id,
      kind: 'pdf',
      uploaded_by: 'secretariat@example.org',
      acting_for: 'secretariat',
    });
    const chunks = await t.database.db
      .selectFrom('core_file_chunk')
      .select('seq')
      .where('file_id', '=', text.id)
      .execute();
    expect(chunks).toHaveLength(3);
    const audit = await t.database.db
      .selectFrom('core_audit_entry')
      .select(['acting_for', 'target_id'])
      .where('action', '=', 'documents.text_uploaded')
      .where('target_id', '=', id)
      .executeTakeFirstOrThrow();
    expect(audit.acting_for).toBe('secretariat');

    const back = await t.app.inject(`/api/v1/documents/${id}/texts/${text.id}`);
    expect(back.statusCode).toBe(200);
    expect(Buffer.from(back.rawPayload).equals(big)).toBe(true);
    expect(back.headers).toMatchObject({
      'content-type': 'application/pdf',
      'content-length': String(big.length),
      'x-content-type-options': 'nosniff',
      digest: `sha-256=${sha256(big).toString('base64')}`,
    });
    const disposition = String(back.headers['content-disposition']);
    expect(disposition).toMatch(/^attachment; filename="[ -~]+"; filename\*=UTF-8''/);
    expect(decodeURIComponent(disposition.split("UTF-8''")[1]!)).toBe(name);
  });

  it('refuse a zip bomb disguised as a DOCX with a problem, and store nothing', async () => {
    const d = await t.app.inject({
      method: 'POST',
      url: '/api/v1/decisions',
      headers: sec,
      payload: { body: 'CFM', title: tr('Draft with annex'), procedure: 'consensus' },
    });
    const bomb = docx([{ name: 'word/media/pad.bin', data: Buffer.alloc(24 * 1024 * 1024), deflate: true }]);
    // The new draft's notifications are written after commit; let them land before counting.
    await t.app.kernel.events.drain();
    const before = await snapshotCounts(t.database);
    const f = multipartForm(
      bomb,
      'annex.docx',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/decisions/${d.json<{ id: string }>().id}/attachments`,
      payload: f.payload,
      headers: { ...sec, ...f.headers },
    });
    expect(res.statusCode).toBe(422);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ code: 'uploads.archive_too_large', status: 422 });
    expect(await snapshotCounts(t.database)).toEqual(before);
  });

  it('refuse a file whose extension lies about its content, and store nothing', async () => {
    const id = await instrument('public');
    const before = await snapshotCounts(t.database);
    const res = await uploadText(id, docx(), 'treaty.pdf', 'application/octet-stream');
    expect(res.statusCode).toBe(415);
    expect(res.json()).toMatchObject({ code: 'uploads.content_mismatch', params: { claimed: '.pdf' } });
    const photo = await uploadText(id, PNG, 'treaty.png', 'image/png');
    expect(photo.json()).toMatchObject({ code: 'uploads.unsupported_file' });
    expect(await snapshotCounts(t.database)).toEqual(before);
  });

  it('are downloaded only by those who may see the record that owns them', async () => {
    const id = await instrument('restricted');
    await t.app.inject({
      method: 'POST',
      url: `/api/v1/documents/${id}/actions`,
      headers: sec,
      payload: { state: 'KZ', kind: 'signature', date: '2025-01-01' },
    });
    const text = (await uploadText(id, PDF, 'restricted.pdf')).json<{ id: string }>();
    const url = `/api/v1/documents/${id}/texts/${text.id}`;
    expect((await t.app.inject(url)).statusCode).toBe(404);
    expect((await t.app.inject({ url, headers: ru })).statusCode).toBe(404);
    expect((await t.app.inject({ url, headers: kz })).statusCode).toBe(200);
    // A file id under another module's record is not found either.
    const d = await t.app.inject({
      method: 'POST',
      url: '/api/v1/decisions',
      headers: sec,
      payload: { body: 'CFM', title: tr('Another draft'), procedure: 'consensus' },
    });
    const other = `/api/v1/decisions/${d.json<{ id: string }>().id}/attachments/${text.id}`;
    expect((await t.app.inject({ url: other, headers: sec })).statusCode).toBe(404);
  });
});

describe('upload quotas', () => {
  async function draft(): Promise<string> {
    const d = await t.app.inject({
      method: 'POST',
      url: '/api/v1/decisions',
      headers: sec,
      payload: { body: 'CFM', title: tr('Quota draft'), procedure: 'consensus', participants: ['KZ', 'RU'] },
    });
    expect(d.statusCode, d.body).toBe(201);
    return d.json<{ id: string }>().id;
  }

  it('hold 16 parallel 20 MB uploads of one coordinator to what the state may have in flight', async () => {
    const id = await draft();
    const file = pdf('x'.repeat(20 * 1024 * 1024 - 2048));
    const forms = Array.from({ length: 16 }, () =>
      multipartForm(file, 'annex.pdf', 'application/pdf', { state: 'KZ' }),
    );
    const bodies = forms.map(() => new PassThrough());
    const answered: number[] = [];
    const answers = forms.map((f, i) =>
      t.app
        .inject({
          method: 'POST',
          url: `/api/v1/decisions/${id}/attachments`,
          headers: { ...kz, ...f.headers, 'content-length': String(f.payload.length) },
          payload: bodies[i],
        })
        .then((res) => {
          answered.push(i);
          return res;
        }),
    );
    // No body has arrived yet: those held against the quota wait for theirs, the others are refused.
    await vi.waitUntil(() => answered.length === 14);
    const pending = forms.map((_f, i) => i).filter((i) => !answered.includes(i));
    expect(pending).toHaveLength(2);
    for (const [i, body] of bodies.entries()) body.end(pending.includes(i) ? forms[i]!.payload : undefined);
    const results = await Promise.all(answers);
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 201, ...Array<number>(14).fill(429)]);
    const refused = results.find((r) => r.statusCode === 429)!;
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.headers['retry-after']).toBe('5');
    expect(refused.json()).toMatchObject({ code: 'uploads.quota_exceeded', params: { scope: 'in_flight' } });
    // What the finished uploads held is given back.
    const again = multipartForm(PDF, 'annex.pdf', 'application/pdf', { state: 'KZ' });
    const next = await t.app.inject({
      method: 'POST',
      url: `/api/v1/decisions/${id}/attachments`,
      headers: { ...kz, ...again.headers },
      payload: again.payload,
    });
    expect(next.statusCode, next.body).toBe(201);
  });

  it('refuse what would take a state past its bytes for the day, and say when it may upload again', async () => {
    const small = await buildTestApp({ UPLOAD_DAILY_MB: '1' });
    try {
      const headers = await bearer(small.app, 'coordinator.kz@example.org');
      const secretariat = await bearer(small.app, 'secretariat@example.org');
      const d = await small.app.inject({
        method: 'POST',
        url: '/api/v1/decisions',
        headers: secretariat,
        payload: { body: 'CFM', title: tr('Daily draft'), procedure: 'consensus', participants: ['KZ'] },
      });
      const upload = () => {
        const f = multipartForm(pdf('y'.repeat(600 * 1024)), 'annex.pdf', 'application/pdf', { state: 'KZ' });
        return small.app.inject({
          method: 'POST',
          url: `/api/v1/decisions/${d.json<{ id: string }>().id}/attachments`,
          headers: { ...headers, ...f.headers },
          payload: f.payload,
        });
      };
      expect((await upload()).statusCode).toBe(201);
      const before = await snapshotCounts(small.database);
      const second = await upload();
      expect(second.statusCode).toBe(429);
      expect(second.json()).toMatchObject({ code: 'uploads.quota_exceeded', params: { scope: 'day' } });
      expect(Number(second.headers['retry-after'])).toBeGreaterThan(0);
      expect(await snapshotCounts(small.database)).toEqual(before);
    } finally {
      await small.close();
    }
  });
});
