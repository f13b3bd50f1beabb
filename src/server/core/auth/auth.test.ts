import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bearer,
  buildTestApp,
  DEMO_PASSWORD,
  signIn,
  snapshotCounts,
  type TestApp,
} from '../../test/harness';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

const login = (email: string, password: string, remoteAddress = '10.0.0.1') =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password }, remoteAddress });

describe('sessions', () => {
  it('signs in with a secure-by-default session cookie and reports the mandates', async () => {
    const res = await login('coordinator.kz@example.org', DEMO_PASSWORD);
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'sco_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    expect(cookie.path).toBe('/');
    const me = await t.app.inject({ url: '/api/v1/auth/me', cookies: { sco_session: cookie.value } });
    expect(me.json()).toMatchObject({
      email: 'coordinator.kz@example.org',
      mandates: [{ state: 'KZ', role: 'national_coordinator', validTo: null }],
    });
  });

  it('marks the cookie Secure behind TLS', async () => {
    const tls = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'coordinator.ru@example.org', password: DEMO_PASSWORD },
      headers: { 'x-forwarded-proto': 'https' },
    });
    // trustProxy is off by default: only a proxy the operator trusts may say the request came over TLS.
    expect(tls.cookies[0]!.secure).toBeFalsy();
    const behindProxy = await buildTestApp({ TRUST_PROXY: 'true' });
    try {
      const res = await behindProxy.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: 'coordinator.ru@example.org', password: DEMO_PASSWORD },
        headers: { 'x-forwarded-proto': 'https' },
      });
      expect(res.cookies[0]!.secure).toBe(true);
    } finally {
      await behindProxy.close();
    }
  });

  it('refuses a cookie-authenticated write without the CSRF token and changes nothing', async () => {
    const s = await signIn(t.app, 'coordinator.kz@example.org');
    const before = await snapshotCounts(t.database);
    const res = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/states/KZ/contact',
      headers: { cookie: s.cookie },
      payload: { office: 'x', email: null, phone: null, website: null },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('auth.csrf_failed');
    const wrong = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/states/KZ/contact',
      headers: { cookie: s.cookie, 'x-csrf-token': 'guess' },
      payload: { office: 'x', email: null, phone: null, website: null },
    });
    expect(wrong.statusCode).toBe(403);
    expect(await snapshotCounts(t.database)).toEqual(before);
  });

  it('ends the session on sign-out', async () => {
    const s = await signIn(t.app, 'coordinator.kz@example.org');
    const out = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie: s.cookie, 'x-csrf-token': s.csrf },
    });
    expect(out.statusCode).toBe(204);
    const me = await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie: s.cookie } });
    expect(me.statusCode).toBe(401);
  });

  it('gives the same answer for an unknown account and a wrong password', async () => {
    const a = await login('nobody@example.org', 'whatever', '10.9.9.1');
    const b = await login('coordinator.cn@example.org', 'wrong-password', '10.9.9.2');
    expect([a.statusCode, b.statusCode]).toEqual([401, 401]);
    expect(a.json().code).toBe('auth.invalid_credentials');
    expect(b.json().code).toBe('auth.invalid_credentials');
  });
});

describe('personal access tokens', () => {
  it('are created with email and password and accepted as a bearer token on every route', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/tokens',
      payload: { email: 'secretariat@example.org', password: DEMO_PASSWORD, label: 'reporting script' },
    });
    expect(res.statusCode).toBe(201);
    const { token, id } = res.json<{ token: string; id: string }>();
    expect(token).toMatch(/^sco_/);
    const headers = { authorization: `Bearer ${token}` };
    expect((await t.app.inject({ url: '/api/v1/audit', headers })).statusCode).toBe(200);
    const list = await t.app.inject({ url: '/api/v1/auth/tokens', headers });
    expect(list.json().items.map((x: { label: string }) => x.label)).toContain('reporting script');
    expect(
      (await t.app.inject({ method: 'DELETE', url: `/api/v1/auth/tokens/${id}`, headers })).statusCode,
    ).toBe(204);
    expect((await t.app.inject({ url: '/api/v1/audit', headers })).statusCode).toBe(401);
  });

  it('are not issued for a wrong password', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/tokens',
      payload: { email: 'secretariat@example.org', password: 'nope', label: 'x' },
      remoteAddress: '10.7.7.7',
    });
    expect(res.statusCode).toBe(401);
  });
});

describe('access', () => {
  it('lets the public read public data without an account', async () => {
    expect((await t.app.inject('/api/v1/states')).statusCode).toBe(200);
    expect((await t.app.inject('/api/v1/bodies')).statusCode).toBe(200);
  });

  it('answers anonymous requests to protected routes with 401', async () => {
    for (const url of [
      '/api/v1/audit',
      '/api/v1/audit/verify',
      '/api/v1/users',
      '/api/v1/auth/me',
      '/api/v1/auth/tokens',
    ]) {
      expect((await t.app.inject(url)).statusCode, url).toBe(401);
    }
  });

  it('lets a mandate count only between its dates', async () => {
    const admin = await bearer(t.app, 'secretariat@example.org');
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: admin,
      payload: {
        email: 'former.coordinator@example.org',
        displayName: 'Former',
        password: 'long-enough-password',
      },
    });
    const id = created.json<{ id: string }>().id;
    await t.app.inject({
      method: 'POST',
      url: `/api/v1/users/${id}/mandates`,
      headers: admin,
      payload: { state: 'KZ', role: 'national_coordinator', validFrom: '2020-01-01', validTo: '2021-12-31' },
    });
    const former = await bearer(t.app, 'former.coordinator@example.org', 'long-enough-password');
    const res = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/states/KZ/contact',
      headers: former,
      payload: { office: 'x', email: null, phone: null, website: null },
    });
    expect(res.statusCode).toBe(403);
  });
});
