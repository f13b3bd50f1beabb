import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DashboardDto } from '../../../contracts/secretariat';
import { bearer, buildTestApp, type TestApp } from '../../test/harness';

let t: TestApp;
const clock = new Date('2026-12-08T09:00:00Z');
let sec: Record<string, string>;
const tr = (en: string) => ({ en, ru: `${en} (рус.)`, zh: `${en}（中）` });

beforeAll(async () => {
  t = await buildTestApp({}, { now: () => clock });
  sec = await bearer(t.app, 'secretariat@example.org');
});
afterAll(() => t.close());

describe('the Secretariat dashboard', () => {
  it('gathers open procedures and the states still to answer circulations, each linked, for the Secretariat only', async () => {
    const post = async (url: string, payload: object) => {
      const res = await t.app.inject({ method: 'POST', url, headers: sec, payload });
      expect(res.statusCode, res.body).toBe(201);
      return res.json<{ id: string }>().id;
    };
    const decision = await post('/api/v1/decisions', {
      body: 'CFM',
      title: tr('Dashboard draft'),
      procedure: 'silence',
      participants: ['KZ', 'CN'],
      deadline: '2026-12-20T10:00:00.000Z',
    });
    const circulation = await post('/api/v1/circulations', {
      subject: { kind: 'decision', id: decision },
      purpose: 'reply',
      states: ['KZ', 'CN'],
      deadline: '2026-12-18T17:00',
    });
    const dash = await t.app.inject({ url: '/api/v1/secretariat/dashboard', headers: sec });
    expect(dash.statusCode, dash.body).toBe(200);
    const lines = dash.json<DashboardDto>().lines;
    expect(lines.filter((l) => l.section === 'circulations').map((l) => [l.state, l.href])).toEqual([
      ['CN', `/circulations/${circulation}`],
      ['KZ', `/circulations/${circulation}`],
    ]);
    expect(lines.find((l) => l.href === `/decisions/${decision}`)).toMatchObject({
      section: 'procedures',
      deadline: '2026-12-20T10:00:00.000Z',
      detail: { procedure: 'silence' },
    });
    const kz = await bearer(t.app, 'coordinator.kz@example.org');
    const refused = await t.app.inject({ url: '/api/v1/secretariat/dashboard', headers: kz });
    expect([refused.statusCode, refused.json().code]).toEqual([403, 'auth.forbidden']);
  });
});
