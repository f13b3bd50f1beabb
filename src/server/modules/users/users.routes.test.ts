import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, buildTestApp, snapshotCounts, type TestApp } from '../../test/harness';

let t: TestApp;
let admin: { authorization: string };
let kz: { authorization: string };
let userId: string;
beforeAll(async () => {
  t = await buildTestApp();
  admin = await bearer(t.app, 'secretariat@example.org');
  kz = await bearer(t.app, 'coordinator.kz@example.org');
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/users',
    headers: admin,
    payload: {
      email: 'Delegate.One@Example.org',
      displayName: 'Delegate One',
      password: 'a-long-password-1',
    },
  });
  expect(res.statusCode).toBe(201);
  userId = res.json().id;
});
afterAll(() => t.close());

const grant = (headers: Record<string, string>, body: object) =>
  t.app.inject({ method: 'POST', url: `/api/v1/users/${userId}/mandates`, headers, payload: body });

describe('users and mandates', () => {
  it('stores emails in lower case and refuses a second account with the same email', async () => {
    const list = (await t.app.inject({ url: '/api/v1/users', headers: admin })).json().items;
    expect(list.map((u: { email: string }) => u.email)).toContain('delegate.one@example.org');
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: admin,
      payload: { email: 'delegate.one@example.org', displayName: 'Copy', password: 'a-long-password-1' },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('identity.email_taken');
  });

  it('lets only Secretariat administrators create users', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: kz,
      payload: { email: 'x@example.org', displayName: 'X', password: 'a-long-password-1' },
    });
    expect(res.statusCode).toBe(403);
  });

  it('lets a national coordinator appoint a delegate of its own state', async () => {
    const res = await grant(kz, { state: 'KZ', role: 'delegate', validFrom: '2026-01-01' });
    expect(res.statusCode).toBe(201);
    const delegate = await bearer(t.app, 'delegate.one@example.org', 'a-long-password-1');
    const me = (await t.app.inject({ url: '/api/v1/auth/me', headers: delegate })).json();
    expect(me.mandates).toEqual([expect.objectContaining({ state: 'KZ', role: 'delegate' })]);
  });

  it('does not let a national coordinator appoint anyone for another state', async () => {
    const before = await snapshotCounts(t.database);
    const res = await grant(kz, { state: 'RU', role: 'delegate', validFrom: '2026-01-01' });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: 'auth.no_mandate', params: { state: 'RU' } });
    expect(await snapshotCounts(t.database)).toEqual(before);
  });

  it('does not let a national coordinator hand out coordinator or Secretariat roles', async () => {
    expect(
      (await grant(kz, { state: 'KZ', role: 'national_coordinator', validFrom: '2026-01-01' })).statusCode,
    ).toBe(403);
    expect(
      (await grant(kz, { state: null, role: 'secretariat_admin', validFrom: '2026-01-01' })).statusCode,
    ).toBe(403);
  });

  it('refuses inconsistent mandates', async () => {
    const cases = [
      { state: 'KZ', role: 'secretariat_officer', validFrom: '2026-01-01' },
      { state: null, role: 'delegate', validFrom: '2026-01-01' },
      { state: 'KZ', role: 'delegate', validFrom: '2026-01-01', validTo: '2025-01-01' },
      { state: 'KZ', role: 'delegate', validFrom: '1 January 2026' },
    ];
    for (const body of cases) expect((await grant(admin, body)).statusCode, JSON.stringify(body)).toBe(400);
    const unknown = await grant(admin, { state: 'XX', role: 'delegate', validFrom: '2026-01-01' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().code).toBe('identity.unknown_state');
  });

  it('does not let an observer write', async () => {
    expect((await grant(admin, { state: 'KZ', role: 'observer', validFrom: '2026-01-01' })).statusCode).toBe(
      201,
    );
    const fresh = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: admin,
      payload: { email: 'observer@example.org', displayName: 'Observer', password: 'a-long-password-2' },
    });
    await t.app.inject({
      method: 'POST',
      url: `/api/v1/users/${fresh.json().id}/mandates`,
      headers: admin,
      payload: { state: 'KZ', role: 'observer', validFrom: '2026-01-01' },
    });
    const observer = await bearer(t.app, 'observer@example.org', 'a-long-password-2');
    const res = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/states/KZ/contact',
      headers: observer,
      payload: { office: 'x', email: null, phone: null, website: null },
    });
    expect(res.statusCode).toBe(403);
    expect((await t.app.inject({ url: '/api/v1/states/KZ', headers: observer })).statusCode).toBe(200);
  });

  it('shows a user only to the Secretariat and to the user', async () => {
    expect((await t.app.inject({ url: `/api/v1/users/${userId}`, headers: admin })).statusCode).toBe(200);
    expect((await t.app.inject({ url: `/api/v1/users/${userId}`, headers: kz })).statusCode).toBe(404);
  });
});
