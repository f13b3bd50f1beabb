import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, signIn, type TestApp } from '../../test/harness';
import { basic, collectionId, ROOT, taxiiGet } from './cyber.fixtures';

const MEMBERS = ['CN', 'KZ', 'KG', 'RU', 'TJ', 'UZ', 'IN', 'PK', 'IR', 'BY'];

describe('actors of the cyber exchange', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(async () => t.close());

  const asCoordinator = async () => {
    const s = await signIn(t.app, 'cyber.coordinator@example.org');
    return { cookie: s.cookie, 'x-csrf-token': s.csrf };
  };

  it('has a demo CERT analyst for each member state, acting for that state only', async () => {
    for (const code of MEMBERS) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: `cert.${code.toLowerCase()}@example.org`, password: 'demo-password' },
      });
      expect(res.statusCode, code).toBe(200);
      expect(res.json().mandates).toEqual([expect.objectContaining({ role: 'cert_analyst', state: code })]);
    }
  });

  it('has a demo coordinator of the exchange who acts for the Secretariat, not for a state', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'cyber.coordinator@example.org', password: 'demo-password' },
    });
    expect(res.json().mandates).toEqual([
      expect.objectContaining({ role: 'cyber_coordinator', state: null }),
    ]);
  });

  it('grants cert_analyst only for a state and cyber_coordinator only without one', async () => {
    const admin = await signIn(t.app, 'secretariat@example.org');
    const headers = { cookie: admin.cookie, 'x-csrf-token': admin.csrf };
    const user = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers,
      payload: { email: 'analyst@example.org', displayName: 'Analyst', password: 'a-long-test-password' },
    });
    const grant = (payload: object) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/users/${user.json().id}/mandates`,
        headers,
        payload: { validFrom: '2024-01-01', ...payload },
      });
    expect((await grant({ role: 'cert_analyst', state: null })).statusCode).toBe(400);
    expect((await grant({ role: 'cyber_coordinator', state: 'KZ' })).statusCode).toBe(400);
    expect((await grant({ role: 'cert_analyst', state: 'KZ' })).statusCode).toBe(201);
  });

  it('lets the coordinator create a sharing-group collection that only its CERTs see and write', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/cyber/sharing-groups',
      headers: await asCoordinator(),
      payload: { alias: 'central-asia', title: 'Central Asia', members: ['KZ', 'KG', 'UZ'] },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ alias: 'central-asia', members: ['KG', 'KZ', 'UZ'] });
    const kz = await taxiiGet(t.app, `${ROOT}/collections/${res.json().id}/`, basic('cert.kz@example.org'));
    expect(kz.json()).toMatchObject({ can_read: true, can_write: true });
    const cn = await taxiiGet(t.app, `${ROOT}/collections/${res.json().id}/`, basic('cert.cn@example.org'));
    expect(cn.statusCode).toBe(404);
    const anonymous = await taxiiGet(t.app, `${ROOT}/collections/${res.json().id}/`);
    expect(anonymous.statusCode).toBe(401);
    await expect(collectionId(t.app, 'central-asia', basic('cert.cn@example.org'))).rejects.toThrow();
    const coordinator = await taxiiGet(
      t.app,
      `${ROOT}/collections/${res.json().id}/`,
      basic('cyber.coordinator@example.org'),
    );
    expect(coordinator.json()).toMatchObject({ can_read: true, can_write: false });
  });

  it('refuses sharing groups of non-members or of one CERT, duplicate aliases, and non-coordinators', async () => {
    const headers = await asCoordinator();
    const create = (payload: object, h: Record<string, string> = headers) =>
      t.app.inject({ method: 'POST', url: '/api/v1/cyber/sharing-groups', headers: h, payload });
    const partner = await create({ alias: 'with-partner', title: 'x', members: ['KZ', 'LK'] });
    expect(partner.statusCode).toBe(400);
    expect(partner.json()).toMatchObject({ code: 'cyber.group_invalid' });
    expect((await create({ alias: 'alone', title: 'x', members: ['KZ'] })).json()).toMatchObject({
      code: 'cyber.group_invalid',
    });
    expect((await create({ alias: 'pair', title: 'x', members: ['KZ', 'RU'] })).statusCode).toBe(201);
    expect((await create({ alias: 'pair', title: 'y', members: ['KZ', 'CN'] })).json()).toMatchObject({
      code: 'cyber.alias_taken',
    });
    const cert = await signIn(t.app, 'cert.kz@example.org');
    const refused = await create(
      { alias: 'own', title: 'x', members: ['KZ', 'RU'] },
      { cookie: cert.cookie, 'x-csrf-token': cert.csrf },
    );
    expect(refused.statusCode).toBe(403);
  });
});

describe('the exchange in production', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ NODE_ENV: 'production' });
  });
  afterAll(async () => t.close());

  it('has its collections but no demo CERT accounts', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'cert.kz@example.org', password: 'demo-password' },
    });
    expect(res.statusCode).toBe(401);
    const cols = await taxiiGet(t.app, `${ROOT}/collections/`);
    expect(cols.json<{ collections: { alias: string }[] }>().collections.map((c) => c.alias)).toContain(
      'cert-kz',
    );
  });
});
