import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, buildTestApp, snapshotCounts, type TestApp } from '../../test/harness';

let t: TestApp;
let admin: { authorization: string };
let coordinator: { authorization: string };
let documentId: string;
beforeAll(async () => {
  t = await buildTestApp();
  admin = await bearer(t.app, 'secretariat@example.org');
  coordinator = await bearer(t.app, 'coordinator.kz@example.org');
  documentId = (await t.app.inject({ url: '/api/v1/documents' })).json<{ items: { id: string }[] }>()
    .items[0]!.id;
});
afterAll(() => t.close());

type Answer = { statusCode: number; headers: Record<string, unknown>; body: string };

function expectProblem(res: Answer, status: number, code: string) {
  expect(res.statusCode, res.body).toBe(status);
  expect(res.headers['content-type']).toContain('application/problem+json');
  expect(JSON.parse(res.body)).toMatchObject({ status, code, type: `/problems/${code}` });
}

const file =
  '--XX\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n';

describe('malformed multipart on the upload routes', () => {
  const routes = () => [
    { url: `/api/v1/decisions/nope/attachments`, auth: admin },
    { url: `/api/v1/documents/${documentId}/texts`, auth: admin },
    { url: `/api/v1/plans/nope/reports/nope/evidence`, auth: coordinator },
  ];
  it.each([
    ['a cut-off body', 'multipart/form-data; boundary=XX', `${file}%PDF-1.7 cut here`],
    ['a missing boundary', 'multipart/form-data', `${file}%PDF-1.7\r\n--XX--\r\n`],
    ['a wrong boundary', 'multipart/form-data; boundary=YY', `${file}%PDF-1.7\r\n--XX--\r\n`],
    [
      'binary garbage',
      'multipart/form-data; boundary=XX',
      Buffer.from([0, 1, 2, 0xff, 0xfe, 13, 10, 45, 45, 0x58]),
    ],
  ])('answers %s with a 400 problem and stores nothing', async (_label, contentType, payload) => {
    const before = await snapshotCounts(t.database);
    for (const { url, auth } of routes()) {
      const res = await t.app.inject({
        method: 'POST',
        url,
        headers: { ...auth, 'content-type': contentType },
        payload,
      });
      expectProblem(res, 400, 'uploads.bad_upload');
    }
    expect(await snapshotCounts(t.database)).toEqual(before);
  });
});

describe('NUL characters', () => {
  it('answers a NUL in a path, a query or a JSON string with 400 on every engine, and writes nothing', async () => {
    const before = await snapshotCounts(t.database);
    expectProblem(await t.app.inject('/api/v1/decisions/%00'), 400, 'http.nul_byte');
    expectProblem(await t.app.inject('/api/v1/documents?q=a%00b'), 400, 'http.nul_byte');
    const body = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/states/KZ/contact',
      headers: admin,
      payload: { office: 'a\u0000b', email: null, phone: null, website: null },
    });
    expectProblem(body, 400, 'http.nul_byte');
    const key = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/states/KZ/contact',
      headers: admin,
      payload: { office: 'a', email: null, phone: null, website: null, ['x\u0000']: 1 },
    });
    expectProblem(key, 400, 'http.nul_byte');
    expect(await snapshotCounts(t.database)).toEqual(before);
  });
});

describe("the framework's own errors", () => {
  it('answers a bad percent-encoding and an overlong path segment with problems', async () => {
    expectProblem(await t.app.inject('/api/v1/decisions/%zz'), 400, 'http.bad_request');
    expectProblem(await t.app.inject(`/api/v1/decisions/${'a'.repeat(120)}`), 414, 'http.uri_too_long');
  });

  it("answers in TAXII's error format under /taxii2/", async () => {
    const res = await t.app.inject({
      url: '/taxii2/%zz/',
      headers: { accept: 'application/taxii+json;version=2.1' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/taxii+json');
    expect(res.json()).toMatchObject({ http_status: '400' });
  });

  let port = 0;
  beforeAll(async () => {
    port = Number(new URL(await t.app.listen({ port: 0, host: '127.0.0.1' })).port);
  });

  async function raw(request: string): Promise<string> {
    return new Promise((resolve, reject) => {
      const socket = net.connect(port, '127.0.0.1', () => socket.end(request));
      let answer = '';
      socket.on('data', (d) => (answer += d.toString('latin1')));
      socket.on('close', () => resolve(answer));
      socket.on('error', reject);
    });
  }

  it('answers a header with a control byte and oversized headers with problems', async () => {
    const control = await raw('GET /api/v1/health HTTP/1.1\r\nHost: x\r\nX-Bad: a\x7fb\r\n\r\n');
    expect(control).toMatch(/^HTTP\/1\.1 400 /);
    expect(control).toContain('Content-Type: application/problem+json');
    expect(JSON.parse(control.slice(control.indexOf('\r\n\r\n') + 4))).toMatchObject({
      status: 400,
      code: 'http.bad_request',
    });
    const large = await raw(`GET /api/v1/health HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
    expect(large).toMatch(/^HTTP\/1\.1 431 /);
    expect(JSON.parse(large.slice(large.indexOf('\r\n\r\n') + 4))).toMatchObject({
      status: 431,
      code: 'http.headers_too_large',
    });
  });

  // Found by a socket-level fuzzer. `raw` half-closes after sending, as HTTP/1.0 clients do: a route that
  // waits for the database once got no answer at all that way.
  it('answers exactly once: an unknown transfer coding, a half-closed database-bound read, a pipeline', async () => {
    const statusLines = (answer: string) => answer.match(/HTTP\/1\.1 \d{3}/g) ?? [];
    const gzip = await raw('GET /api/v1/health HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n');
    expect(statusLines(gzip)).toEqual(['HTTP/1.1 400']);
    expect(JSON.parse(gzip.slice(gzip.indexOf('\r\n\r\n') + 4))).toMatchObject({ status: 400 });
    const language = 'ru-RU,'.repeat(500);
    const long = await raw(`GET /api/v1/states HTTP/1.1\r\nHost: x\r\nAccept-Language: ${language}\r\n\r\n`);
    expect(statusLines(long)).toEqual(['HTTP/1.1 200']);
    const pipelined = await raw(
      'GET /api/v1/health HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n' +
        'GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n',
    );
    expect(statusLines(pipelined)).toHaveLength(2);
  });
});

describe('security headers', () => {
  it('sends a strict policy on every answer, errors included', async () => {
    for (const res of [
      await t.app.inject('/api/v1/states'),
      await t.app.inject('/api/v1/nowhere'),
      await t.app.inject('/api/v1/decisions/%zz'),
    ]) {
      const csp = String(res.headers['content-security-policy']);
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['strict-transport-security']).toBeUndefined();
    }
  });

  it('asks for HSTS only behind TLS', async () => {
    const behind = await buildTestApp({ TRUST_PROXY: 'true' });
    try {
      const tls = await behind.app.inject({
        url: '/api/v1/states',
        headers: { 'x-forwarded-proto': 'https' },
      });
      expect(tls.headers['strict-transport-security']).toMatch(/max-age=\d+/);
      const plain = await behind.app.inject({ url: '/api/v1/states' });
      expect(plain.headers['strict-transport-security']).toBeUndefined();
    } finally {
      await behind.close();
    }
  });

  it('keeps personal answers out of every cache', async () => {
    for (const url of ['/api/v1/auth/me', '/api/v1/audit', '/api/v1/auth/tokens', '/api/v1/states'])
      expect((await t.app.inject({ url, headers: admin })).headers['cache-control'], url).toBe('no-store');
    expect((await t.app.inject('/api/v1/auth/me')).headers['cache-control']).toBe('no-store');
    expect((await t.app.inject('/api/v1/states')).headers['cache-control']).toBeUndefined();
  });
});
