import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProjectDto } from '../../../contracts/projects';
import { buildTestApp, snapshotCounts, type TestApp } from '../../test/harness';
import {
  actors,
  get,
  post,
  proposal,
  propose,
  userWith,
  type Actors,
  type Headers,
} from './projects.fixtures';

let t: TestApp;
let a: Actors;
let kzDelegate: Headers;
let partnerCoordinator: Headers;
let observer: Headers;
beforeAll(async () => {
  t = await buildTestApp();
  a = await actors(t, ['KZ', 'RU', 'UZ']);
  kzDelegate = await userWith(t, a.sec, 'KZ', 'delegate');
  partnerCoordinator = await userWith(t, a.sec, 'TR', 'national_coordinator');
  observer = await userWith(t, a.sec, 'KZ', 'observer');
});
afterAll(() => t.close());

const create = (headers: Headers, overrides: Record<string, unknown> = {}) =>
  post(t, '/projects', headers, proposal(overrides));

describe('proposing a project', () => {
  it('by a national coordinator for their own state, which becomes a sponsor', async () => {
    const res = await create(a.coord.KZ!, { proposingState: 'KZ', sponsors: undefined });
    expect(res.statusCode, res.body).toBe(201);
    const p = res.json<ProjectDto>();
    expect(p).toMatchObject({
      stage: 'identification',
      proposingState: 'KZ',
      sponsors: ['KZ'],
      estimatedCost: { amount: '1000.00', currency: 'USD' },
      countries: ['KZ', 'UZ'],
      demo: false,
    });
    expect(p.locations.features).toHaveLength(2);
    expect(p.approval).toBeNull();
  });

  it('infers the state of a coordinator who coordinates exactly one', async () => {
    expect((await create(a.coord.UZ!, { sponsors: undefined })).json().proposingState).toBe('UZ');
  });

  it('refuses a coordinator acting for another state, a delegate, an observer and a partner', async () => {
    const other = await create(a.coord.KZ!, { proposingState: 'RU' });
    expect(other.statusCode).toBe(403);
    expect(other.json()).toMatchObject({ code: 'auth.no_mandate', params: { state: 'RU' } });
    expect((await create(kzDelegate, { proposingState: 'KZ' })).statusCode).toBe(403);
    expect((await create(observer, { proposingState: 'KZ' })).statusCode).toBe(403);
    const partner = await create(partnerCoordinator, { proposingState: 'TR', sponsors: ['TR'] });
    expect(partner.json()).toMatchObject({ code: 'projects.proposer_not_member', params: { state: 'TR' } });
    expect((await create({}, {})).statusCode).toBe(401);
  });

  it('by the Secretariat on behalf of named sponsors, which must exist', async () => {
    expect((await create(a.sec, { sponsors: [] })).json().code).toBe('projects.sponsors_required');
    expect((await create(a.sec, { sponsors: ['ZZ'] })).json()).toMatchObject({
      code: 'projects.unknown_funder',
      params: { funder: 'ZZ' },
    });
    const sec = await create(a.sec, { proposingState: 'KZ' });
    expect(sec.json().code).toBe('auth.no_mandate');
    expect((await create(a.sec)).json().proposingState).toBeNull();
  });

  it.each([
    ['an unknown country', { countries: ['ZZ'] }, 400, 'projects.unknown_country'],
    ['no countries', { countries: [] }, 400, 'http.validation_failed'],
    [
      'a longitude out of range',
      { locations: { type: 'Point', coordinates: [181, 10] } },
      400,
      'http.validation_failed',
    ],
    [
      'a latitude out of range',
      { locations: [{ type: 'Point', coordinates: [10, -90.5] }] },
      400,
      'http.validation_failed',
    ],
    [
      'a one-point line',
      { locations: [{ type: 'LineString', coordinates: [[1, 2]] }] },
      400,
      'http.validation_failed',
    ],
    [
      'a polygon',
      {
        locations: [
          {
            type: 'Polygon',
            coordinates: [
              [
                [1, 2],
                [2, 3],
                [1, 2],
              ],
            ],
          },
        ],
      },
      400,
      'http.validation_failed',
    ],
    [
      'a cost with too many decimals',
      { estimatedCost: { amount: '10.123', currency: 'USD' } },
      400,
      'http.validation_failed',
    ],
    [
      'a cost in yen with decimals',
      { estimatedCost: { amount: '10.5', currency: 'JPY' } },
      400,
      'http.validation_failed',
    ],
    ['a cost as a number', { estimatedCost: { amount: 10, currency: 'USD' } }, 400, 'http.validation_failed'],
    [
      'an unknown currency',
      { estimatedCost: { amount: '10', currency: 'ABC' } },
      400,
      'http.validation_failed',
    ],
    ['an unknown sector', { sector: 'mining' }, 400, 'http.validation_failed'],
    ['a missing translation', { title: { en: 'x', ru: 'x' } }, 400, 'http.validation_failed'],
    ['an unknown field', { demo: true }, 400, 'http.validation_failed'],
    [
      'an end before the start',
      { plannedStart: '2027-01-01', plannedEnd: '2026-01-01' },
      400,
      'http.validation_failed',
    ],
  ])('refuses %s and writes nothing', async (_label, overrides, status, code) => {
    const before = await snapshotCounts(t.database);
    const res = await create(a.sec, overrides);
    expect(res.statusCode, res.body).toBe(status);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().code).toBe(code);
    expect(await snapshotCounts(t.database)).toEqual(before);
  });

  it('accepts a single geometry or a list of them, stored as a FeatureCollection', async () => {
    const p = (
      await create(a.sec, { locations: [{ type: 'Point', coordinates: [69.24, 41.3, 455] }] })
    ).json<ProjectDto>();
    expect(p.locations).toEqual({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', geometry: { type: 'Point', coordinates: [69.24, 41.3, 455] }, properties: null },
      ],
    });
  });

  it('creates one project for a retried proposal with the same Idempotency-Key', async () => {
    const send = (title: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/projects',
        headers: { ...a.sec, 'idempotency-key': 'propose-once' },
        payload: proposal({ title: { en: title, ru: title, zh: title } }),
      });
    // The twin is replayed if the first has answered, or told to retry while it still runs.
    const answers = await Promise.all([send('Once'), send('Once')]);
    const created = answers.filter((r) => r.statusCode === 201);
    for (const r of answers.filter((r) => r.statusCode !== 201))
      expect(r.json()).toMatchObject({ status: 409, code: 'idempotency.in_progress' });
    expect(new Set(created.map((r) => r.json().id)).size).toBe(1);
    const retried = await send('Once');
    expect(retried.statusCode).toBe(201);
    expect(retried.headers['idempotent-replayed']).toBe('true');
    expect(retried.json().id).toBe(created[0]!.json().id);
    const same = (await get(t, '/projects?limit=200', a.sec))
      .json()
      .items.filter((p: { title: { en: string } }) => p.title.en === 'Once');
    expect(same).toHaveLength(1);
    expect((await send('Twice')).json().code).toBe('idempotency.key_reused');
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/v1/projects',
      headers: { ...a.sec, 'idempotency-key': 'bad key' },
      payload: proposal(),
    });
    expect(bad.statusCode).toBe(400);
  });

  it('is audited, acting for the proposing state', async () => {
    const p = (await create(a.coord.KZ!, { proposingState: 'KZ' })).json<ProjectDto>();
    const entries = (await get(t, '/audit?action=projects.project_created&limit=50', a.sec)).json().items;
    expect(entries.find((e: { targetId: string }) => e.targetId === p.id)).toMatchObject({ actingFor: 'KZ' });
  });
});

describe('reading projects', () => {
  it('shows public projects to everyone and the others only to the Secretariat and member mandates', async () => {
    const open = await propose(t, a.sec, { public: true });
    const closed = await propose(t, a.sec, { public: false });
    expect((await get(t, `/projects/${open.id}`)).statusCode).toBe(200);
    expect((await get(t, `/projects/${closed.id}`)).statusCode).toBe(404);
    expect((await get(t, `/projects/${closed.id}`, partnerCoordinator)).statusCode).toBe(404);
    expect((await get(t, `/projects/${closed.id}`, observer)).statusCode).toBe(200);
    const anonymous = (await get(t, '/projects?limit=200')).json().items.map((p: { id: string }) => p.id);
    expect(anonymous).toContain(open.id);
    expect(anonymous).not.toContain(closed.id);
    const member = (await get(t, '/projects?limit=200', a.coord.RU!))
      .json()
      .items.map((p: { id: string }) => p.id);
    expect(member).toContain(closed.id);
    const pipeline = (await get(t, '/projects?public=true&limit=200', a.sec))
      .json()
      .items.map((p: { id: string }) => p.id);
    expect(pipeline).not.toContain(closed.id);
  });

  it('filters by stage, sector and country, newest first, with a cursor', async () => {
    const p = await propose(t, a.sec, { sector: 'tourism', countries: ['RU'] });
    const list = (await get(t, '/projects?stage=identification&sector=tourism&country=RU')).json();
    expect(list.items[0].id).toBe(p.id);
    expect(
      list.items.every(
        (x: { sector: string; stage: string }) => x.sector === 'tourism' && x.stage === 'identification',
      ),
    ).toBe(true);
    const page = (await get(t, '/projects?limit=1')).json();
    expect(page.next).toBeTruthy();
    const next = (await get(t, `/projects?limit=1&before=${page.next}`)).json();
    expect(next.items[0].id < page.items[0].id).toBe(true);
    expect((await get(t, '/projects?stage=done')).statusCode).toBe(400);
  });

  it('ships demo projects outside production, labelled as demo', async () => {
    const demo = (await get(t, '/projects?limit=200', a.sec))
      .json()
      .items.filter((p: { demo: boolean }) => p.demo);
    expect(demo.length).toBeGreaterThanOrEqual(3);
    expect(demo.every((p: { title: { en: string } }) => p.title.en.startsWith('Demo:'))).toBe(true);
    const one = (await get(t, `/projects/${demo[0].id}`, a.sec)).json<ProjectDto>();
    expect(one.description.en).toContain('Fictional sample');
  });
});

describe('discussion', () => {
  it('takes comments from delegations for their own state, and questions answered by the sponsor', async () => {
    const p = await propose(t, a.coord.KZ!, { proposingState: 'KZ' });
    const url = `/projects/${p.id}/comments`;
    const q = await post(t, url, a.coord.RU!, { kind: 'question', state: 'RU', body: 'What is the tariff?' });
    expect(q.statusCode).toBe(201);
    const forOther = await post(t, url, a.coord.RU!, { state: 'UZ', body: 'x' });
    expect(forOther.json()).toMatchObject({ code: 'auth.no_mandate', params: { state: 'UZ' } });
    const notSponsor = await post(t, url, a.coord.UZ!, {
      kind: 'answer',
      state: 'UZ',
      parentId: q.json().id,
      body: 'x',
    });
    expect(notSponsor.json().code).toBe('projects.not_sponsor');
    const notQuestion = await post(t, url, kzDelegate, { kind: 'answer', state: 'KZ', body: 'x' });
    expect(notQuestion.json().code).toBe('projects.answer_needs_question');
    const answer = await post(t, url, kzDelegate, {
      kind: 'answer',
      state: 'KZ',
      parentId: q.json().id,
      body: 'Cost recovery.',
    });
    expect(answer.statusCode).toBe(201);
    expect((await post(t, url, a.sec, { body: 'Noted.', parentId: answer.json().id })).statusCode).toBe(201);
    expect((await post(t, url, partnerCoordinator, { state: 'TR', body: 'x' })).json().code).toBe(
      'projects.not_member_state',
    );
    const thread = (await get(t, url, observer)).json().items;
    expect(thread.map((c: { kind: string }) => c.kind)).toEqual(['question', 'answer', 'comment']);
    expect(thread[0].answered).toBe(true);
    expect((await get(t, url)).json().items).toEqual([]);
  });
});

describe('milestones and indicators', () => {
  it('are kept with dated status, evidence and exact decimal values', async () => {
    const p = await propose(t, a.coord.KZ!, { proposingState: 'KZ' });
    const m = await post(t, `/projects/${p.id}/milestones`, kzDelegate, {
      title: { en: 'Design', ru: 'Проект', zh: '设计' },
      dueDate: '2027-05-01',
    });
    expect(m.statusCode).toBe(201);
    expect(m.json()).toMatchObject({ status: 'planned', evidence: { text: null, url: null } });
    const upd = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/projects/${p.id}/milestones/${m.json().id}`,
      headers: a.sec,
      payload: { status: 'delayed', evidence: { text: 'Permits late' } },
    });
    expect(upd.json()).toMatchObject({ status: 'delayed', evidence: { text: 'Permits late', url: null } });
    expect(
      (
        await post(t, `/projects/${p.id}/milestones`, a.coord.RU!, {
          title: { en: 'x', ru: 'x', zh: 'x' },
          dueDate: '2027-01-01',
        })
      ).statusCode,
    ).toBe(403);
    const bad = await post(t, `/projects/${p.id}/milestones`, a.sec, {
      title: { en: 'x', ru: 'x', zh: 'x' },
      dueDate: '2027-01-01',
      status: 'late',
    });
    expect(bad.statusCode).toBe(400);

    const ind = await post(t, `/projects/${p.id}/indicators`, a.sec, {
      name: { en: 'Transit time', ru: 'Время в пути', zh: '运输时间' },
      unit: 'days',
      baseline: '012.50',
      target: '-0',
    });
    expect(ind.json()).toMatchObject({ baseline: '12.50', target: '0', actual: null });
    const actual = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/projects/${p.id}/indicators/${ind.json().id}`,
      headers: a.sec,
      payload: { actual: '9.75' },
    });
    expect(actual.json().actual).toBe('9.75');
    expect(
      (
        await post(t, `/projects/${p.id}/indicators`, a.sec, {
          name: { en: 'x', ru: 'x', zh: 'x' },
          unit: 'd',
          baseline: '1e3',
          target: '1',
        })
      ).statusCode,
    ).toBe(400);
    expect((await get(t, `/projects/${p.id}/indicators`)).json().items).toHaveLength(1);
    const missing = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/projects/${p.id}/indicators/nope`,
      headers: a.sec,
      payload: { actual: '1' },
    });
    expect(missing.json().code).toBe('projects.indicator_not_found');
  });
});

describe('organisations', () => {
  it('are registered with their country by the Secretariat or that country’s coordinator', async () => {
    const ok = await post(t, '/organisations', a.coord.KZ!, {
      name: 'Astana Freight',
      kind: 'company',
      country: 'KZ',
    });
    expect(ok.statusCode).toBe(201);
    expect(
      (await post(t, '/organisations', a.coord.KZ!, { name: 'X', kind: 'bank', country: 'RU' })).statusCode,
    ).toBe(403);
    expect(
      (await post(t, '/organisations', a.sec, { name: 'X', kind: 'bank', country: 'ZZ' })).json().code,
    ).toBe('projects.unknown_country');
    // A bank from outside the SCO family is registered by the Secretariat.
    expect(
      (await post(t, '/organisations', a.sec, { name: 'Frankfurt Bank', kind: 'bank', country: 'DE' }))
        .statusCode,
    ).toBe(201);
    expect(
      (await post(t, '/organisations', a.coord.KZ!, { name: 'Y', kind: 'bank', country: 'DE' })).statusCode,
    ).toBe(403);
    expect(
      (await post(t, '/organisations', a.sec, { name: 'X', kind: 'lender', country: 'KZ' })).statusCode,
    ).toBe(400);
    const list = (await get(t, '/organisations?country=KZ')).json().items;
    expect(list.map((o: { name: string }) => o.name)).toContain('Astana Freight');
    expect((await get(t, `/organisations/${ok.json().id}`)).json().name).toBe('Astana Freight');
    expect((await get(t, '/organisations/nope')).statusCode).toBe(404);
  });

  it('take a name as a plain string (older clients) or in three languages, and answer with both', async () => {
    const plain = (
      await post(t, '/organisations', a.sec, { name: 'Almaty Rail', kind: 'company', country: 'KZ' })
    ).json();
    expect(plain).toMatchObject({
      name: 'Almaty Rail',
      nameLocalized: { en: 'Almaty Rail', ru: '', zh: '' },
    });
    const three = { en: 'Tashkent Fund', ru: 'Ташкентский фонд', zh: '塔什干基金' };
    const created = await post(t, '/organisations', a.sec, { name: three, kind: 'fund', country: 'UZ' });
    expect(created.statusCode).toBe(201);
    const read = (await get(t, `/organisations/${created.json().id}`)).json();
    expect(read).toMatchObject({ name: 'Tashkent Fund', nameLocalized: three });
    const noEnglish = await post(t, '/organisations', a.sec, {
      name: { en: ' ', ru: 'Фонд', zh: '基金' },
      kind: 'fund',
      country: 'UZ',
    });
    expect(noEnglish.statusCode).toBe(400);
  });
});
