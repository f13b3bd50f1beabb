import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StateDto, StateSummaryDto } from '../../../contracts/states';
import { bearer, buildTestApp, signIn, type TestApp } from '../../test/harness';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

describe('states reference data', () => {
  it('lists the ten member states and seventeen partners', async () => {
    const res = await t.app.inject('/api/v1/states');
    expect(res.statusCode).toBe(200);
    const items = res.json<{ items: StateSummaryDto[] }>().items;
    expect(items.filter((s) => s.status === 'member')).toHaveLength(10);
    expect(items.filter((s) => s.status === 'partner')).toHaveLength(17);
    const by = items.find((s) => s.code === 'BY')!;
    expect(by).toMatchObject({
      status: 'member',
      since: '2024-07-04',
      name: { en: 'Belarus', ru: 'Беларусь', zh: '白俄罗斯' },
    });
  });

  it('filters by status', async () => {
    const res = await t.app.inject('/api/v1/states?status=member');
    const codes = res
      .json<{ items: StateSummaryDto[] }>()
      .items.map((s) => s.code)
      .sort();
    expect(codes).toEqual(['BY', 'CN', 'IN', 'IR', 'KG', 'KZ', 'PK', 'RU', 'TJ', 'UZ']);
  });

  it('rejects an unknown status filter with a problem, not an empty list', async () => {
    const res = await t.app.inject('/api/v1/states?status=emperor');
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().errors[0].pointer).toBe('/querystring/status');
  });

  it('gives a state its dated status history, each entry with its source', async () => {
    const res = await t.app.inject('/api/v1/states/BY');
    expect(res.statusCode).toBe(200);
    const by = res.json<StateDto>();
    expect(by.history.map((h) => [h.status, h.from, h.to])).toEqual([
      ['dialogue_partner', '2010', '2015'],
      ['observer', '2015', '2024-07-04'],
      ['member', '2024-07-04', null],
    ]);
    for (const h of by.history) expect(h.source.url).toMatch(/^https?:\/\//);
  });

  it('keeps facts the reference marks as uncertain marked, and never invents a date', async () => {
    const sa = (await t.app.inject('/api/v1/states/SA')).json<StateDto>();
    expect(sa.history[0]).toMatchObject({ status: 'dialogue_partner', from: null });
    expect(sa.history[0]!.source.confidence).not.toBe('confirmed');
    expect(sa.history[0]!.source.note).toMatch(/conflict/i);
    const la = (await t.app.inject('/api/v1/states/la')).json<StateDto>();
    expect(la.code).toBe('LA');
    expect(la.history[0]!.source.confidence).toBe('secondary');
  });

  it('merges observers and dialogue partners into SCO partners on 1 September 2025', async () => {
    const mn = (await t.app.inject('/api/v1/states/MN')).json<StateDto>();
    expect(mn.history.map((h) => [h.status, h.from])).toEqual([
      ['observer', '2004'],
      ['partner', '2025-09-01'],
    ]);
  });

  it('answers an unknown state with a 404 problem', async () => {
    const res = await t.app.inject('/api/v1/states/XX');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'states.not_found', status: 404 });
  });

  it('lists the bodies with stable codes and the chairmanship history', async () => {
    const bodies = (await t.app.inject('/api/v1/bodies'))
      .json<{ items: { code: string }[] }>()
      .items.map((b) => b.code);
    expect(bodies).toEqual(expect.arrayContaining(['HSC', 'HGC', 'CFM', 'CNC', 'MIN', 'SEC', 'RATS']));
    const chairs = (await t.app.inject('/api/v1/chairmanships')).json<{
      items: { state: string; from: string }[];
    }>().items;
    expect(chairs.map((c) => c.state)).toEqual(['IN', 'KZ', 'CN', 'KG', 'PK']);
  });
});

describe('a state contact point', () => {
  const contact = {
    office: 'National Coordinator office',
    email: 'sco@example.kz',
    phone: '+7 7172 00 00 00',
    website: null,
  };

  it('is updated by the national coordinator of that state and audited as acting for it', async () => {
    const auth = await bearer(t.app, 'coordinator.kz@example.org');
    const res = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/states/KZ/contact',
      headers: auth,
      payload: contact,
    });
    expect(res.statusCode).toBe(200);
    const state = (await t.app.inject('/api/v1/states/KZ')).json<StateDto>();
    expect(state.contact).toMatchObject(contact);
    const admin = await bearer(t.app, 'secretariat@example.org');
    const audit = await t.app.inject({ url: '/api/v1/audit?action=states.contact_updated', headers: admin });
    expect(audit.json().items[0]).toMatchObject({
      actingFor: 'KZ',
      actorEmail: 'coordinator.kz@example.org',
      targetId: 'KZ',
    });
  });

  it('cannot be changed by the coordinator of another state', async () => {
    const auth = await bearer(t.app, 'coordinator.kz@example.org');
    const before = (await t.app.inject('/api/v1/states/RU')).json<StateDto>().contact;
    const res = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/states/RU/contact',
      headers: auth,
      payload: contact,
    });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: 'auth.no_mandate', params: { state: 'RU' } });
    expect((await t.app.inject('/api/v1/states/RU')).json<StateDto>().contact).toEqual(before);
  });

  it('needs a signed-in user', async () => {
    const res = await t.app.inject({ method: 'PUT', url: '/api/v1/states/KZ/contact', payload: contact });
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('auth.unauthenticated');
  });

  it('may be corrected by the Secretariat', async () => {
    const s = await signIn(t.app, 'secretariat@example.org');
    const res = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/states/UZ/contact',
      headers: { cookie: s.cookie, 'x-csrf-token': s.csrf },
      payload: contact,
    });
    expect(res.statusCode).toBe(200);
  });
});
