import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntryDto } from '../../../contracts/audit';
import { bearer, buildTestApp, type TestApp } from '../../test/harness';

let t: TestApp;
let admin: { authorization: string };
let kz: { authorization: string };
beforeAll(async () => {
  t = await buildTestApp();
  admin = await bearer(t.app, 'secretariat@example.org');
  kz = await bearer(t.app, 'coordinator.kz@example.org');
  const ru = await bearer(t.app, 'coordinator.ru@example.org');
  for (const [headers, state, office] of [
    [kz, 'KZ', 'Astana office'],
    [ru, 'RU', 'Moscow office'],
    [kz, 'KZ', 'Almaty office'],
  ] as const)
    await t.app.inject({
      method: 'PUT',
      url: `/api/v1/states/${state}/contact`,
      headers,
      payload: { office, email: null, phone: null, website: null },
    });
});
afterAll(() => t.close());

const list = async (query: string): Promise<AuditEntryDto[]> => {
  const res = await t.app.inject({ url: `/api/v1/audit?limit=500&${query}`, headers: admin });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items;
};

describe('filtering the audit log', () => {
  it('narrows to an actor, a state acted for, an action and an object', async () => {
    const byKz = await list('actor=Coordinator.KZ@example.org&action=states.contact_updated');
    expect(byKz.map((e) => e.data.office)).toEqual(['Almaty office', 'Astana office']);
    const forRu = await list('actingFor=RU&targetType=state&targetId=RU');
    expect(forRu.map((e) => e.data.office)).toEqual(['Moscow office']);
    expect(await list('targetType=state&targetId=CN')).toEqual([]);
  });

  it('narrows to UTC days, both ends included', async () => {
    const [newest] = await list('');
    const day = newest!.at.slice(0, 10);
    const that = await list(`from=${day}&to=${day}&action=states.contact_updated`);
    expect(that).toHaveLength(3);
    expect(await list(`to=2001-06-14`)).toEqual([]);
    expect(await list(`from=2999-01-01`)).toEqual([]);
  });

  it('refuses a malformed date with a problem and no 500', async () => {
    const res = await t.app.inject({ url: '/api/v1/audit?from=yesterday', headers: admin });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('http.validation_failed');
  });
});

describe('the audit log as CSV', () => {
  it('holds the same entries as the page with the same filters', async () => {
    const res = await t.app.inject({
      url: '/api/v1/audit.csv?actor=coordinator.kz@example.org&action=states.contact_updated',
      headers: admin,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toContain('audit-log.csv');
    const lines = res.body
      .replace(/^\ufeff/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      '"seq","at","actor_email","acting_for","action","target_type","target_id","data","hash"',
    );
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain('"KZ","states.contact_updated","state","KZ"');
    expect(lines[1]).toContain('Almaty office');
  });

  it('is refused to those who may not read the log', async () => {
    expect((await t.app.inject({ url: '/api/v1/audit.csv', headers: kz })).statusCode).toBe(403);
    expect((await t.app.inject({ url: '/api/v1/audit.csv' })).statusCode).toBe(401);
  });
});
