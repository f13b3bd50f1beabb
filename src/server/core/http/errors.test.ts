import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, buildTestApp, snapshotCounts, type TestApp } from '../../test/harness';

let t: TestApp;
let auth: { authorization: string };
beforeAll(async () => {
  t = await buildTestApp();
  auth = await bearer(t.app, 'coordinator.kz@example.org');
});
afterAll(() => t.close());

const contact = { office: 'Office', email: 'a@example.org', phone: null, website: null };

function expectProblem(
  res: {
    statusCode: number;
    headers: Record<string, unknown>;
    json(): Record<string, unknown>;
    body: string;
  },
  status: number,
  code: string,
) {
  expect(res.statusCode).toBe(status);
  expect(res.headers['content-type']).toContain('application/problem+json');
  const p = res.json();
  expect(p).toMatchObject({ status, code, type: `/problems/${code}` });
  expect(typeof p.requestId).toBe('string');
  expect(typeof p.title).toBe('string');
  expect(res.body).not.toMatch(/at .+\.ts:\d+|node_modules/);
}

describe('bad input never changes anything and is never a 500', () => {
  it.each([
    [
      'malformed JSON',
      { payload: '{"office": "x",', headers: { 'content-type': 'application/json' } },
      400,
      'http.malformed_json',
    ],
    [
      'an oversized body',
      {
        payload: JSON.stringify({ ...contact, office: 'x'.repeat(2 * 1024 * 1024) }),
        headers: { 'content-type': 'application/json' },
      },
      413,
      'http.payload_too_large',
    ],
    ['a wrong type', { payload: { ...contact, office: 42 } }, 400, 'http.validation_failed'],
    ['an unknown field', { payload: { ...contact, capital: 'Astana' } }, 400, 'http.validation_failed'],
    ['a missing field', { payload: { office: 'x' } }, 400, 'http.validation_failed'],
    [
      'an unsupported content type',
      { payload: 'office=x', headers: { 'content-type': 'text/plain' } },
      415,
      'http.unsupported_media_type',
    ],
  ])('answers %s with a problem and writes nothing', async (_label, req, status, code) => {
    const before = await snapshotCounts(t.database);
    const res = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/states/KZ/contact',
      ...req,
      headers: { ...auth, ...('headers' in req ? req.headers : {}) },
    } as never);
    expectProblem(res, status, code);
    expect(await snapshotCounts(t.database)).toEqual(before);
  });

  it('points at the offending fields with JSON pointers', async () => {
    const res = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/states/KZ/contact',
      headers: auth,
      payload: { ...contact, email: 'not-an-email', extra: 1 },
    });
    const pointers = res.json<{ errors: { pointer: string }[] }>().errors.map((e) => e.pointer);
    expect(pointers).toEqual(expect.arrayContaining(['/body/email', '/body']));
  });

  it('answers an unknown route with a 404 problem', async () => {
    expectProblem(await t.app.inject('/api/v1/nowhere'), 404, 'http.not_found');
    expectProblem(await t.app.inject({ method: 'DELETE', url: '/api/v1/states' }), 404, 'http.not_found');
  });

  it('answers an invalid bearer token with 401, not as an anonymous request', async () => {
    const res = await t.app.inject({ url: '/api/v1/auth/me', headers: { authorization: 'Bearer sco_nope' } });
    expectProblem(res, 401, 'auth.unauthenticated');
  });
});
