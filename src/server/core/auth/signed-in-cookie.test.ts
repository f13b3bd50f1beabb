import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, DEMO_PASSWORD, type TestApp } from '../../test/harness';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

type Cookie = { name: string; value: string; maxAge?: number; httpOnly?: boolean; expires?: Date };
const named = (cookies: Cookie[], name: string) => cookies.find((c) => c.name === name);
const cleared = (c: Cookie | undefined) =>
  !!c && c.value === '' && (c.maxAge === 0 || (c.expires !== undefined && c.expires.getTime() <= Date.now()));

describe('the signed-in companion cookie', () => {
  it('is set at login, readable by the page, holds no secret and lives as long as the session', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'secretariat@example.org', password: DEMO_PASSWORD },
    });
    expect(res.statusCode).toBe(200);
    const session = named(res.cookies, 'sco_session')!;
    const companion = named(res.cookies, 'sco_signed_in')!;
    expect(companion.value).toBe('1');
    expect(companion.httpOnly).toBeFalsy();
    expect(companion.maxAge).toBe(session.maxAge);
  });

  it('is cleared at logout', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'secretariat@example.org', password: DEMO_PASSWORD },
    });
    const sid = named(res.cookies, 'sco_session')!.value;
    const csrf = res.json().csrfToken as string;
    const out = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      cookies: { sco_session: sid, sco_signed_in: '1' },
      headers: { 'x-csrf-token': csrf },
    });
    expect(out.statusCode).toBe(204);
    expect(cleared(named(out.cookies, 'sco_signed_in'))).toBe(true);
  });

  it('is cleared with the session cookie when the session has expired or is unknown', async () => {
    const res = await t.app.inject({
      url: '/api/v1/auth/me',
      cookies: { sco_session: 'expired-or-unknown', sco_signed_in: '1' },
    });
    expect(res.statusCode).toBe(401);
    expect(cleared(named(res.cookies, 'sco_session'))).toBe(true);
    expect(cleared(named(res.cookies, 'sco_signed_in'))).toBe(true);
  });

  it('is cleared when /auth/me answers "signed out" although the page thought otherwise', async () => {
    const res = await t.app.inject({ url: '/api/v1/auth/me', cookies: { sco_signed_in: '1' } });
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(cleared(named(res.cookies, 'sco_signed_in'))).toBe(true);
  });
});
