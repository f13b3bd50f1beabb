import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DecisionDto } from '../../../contracts/decisions';
import type { MeetingDto } from '../../../contracts/meetings';
import { bearer, buildTestApp, snapshotCounts, type TestApp } from '../../test/harness';

// A fixed clock: a meeting on 1 June 2027 has ended, one on 1 July has not.
const NOW = new Date('2027-06-15T08:00:00.000Z');

let t: TestApp;
let sec: Record<string, string>;
let kz: Record<string, string>;

beforeAll(async () => {
  t = await buildTestApp({}, { now: () => NOW });
  sec = await bearer(t.app, 'secretariat@example.org');
  kz = await bearer(t.app, 'coordinator.kz@example.org');
});
afterAll(() => t.close());

const tr = (en: string) => ({ en, ru: `${en} (рус.)`, zh: `${en}（中）` });

async function plan(day = '2027-06-01'): Promise<MeetingDto> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/meetings',
    headers: sec,
    payload: {
      kind: 'council',
      level: 'ministerial',
      body: 'CFM',
      title: tr('Council of Foreign Ministers'),
      hostState: 'KG',
      city: tr('Cholpon-Ata'),
      timeZone: 'Asia/Bishkek',
      startDate: day,
      endDate: day,
      visibility: 'public',
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

async function withItems(day?: string, n = 3): Promise<MeetingDto> {
  const m = await plan(day);
  let last = m;
  for (let i = 1; i <= n; i++) {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/meetings/${m.id}/agenda`,
      headers: sec,
      payload: { title: tr(`Item ${i}`) },
    });
    expect(res.statusCode, res.body).toBe(201);
    last = res.json();
  }
  return last;
}

const titles = (m: MeetingDto) => m.agenda.map((i) => [i.position, i.title.en]);
const get = async (id: string) =>
  (await t.app.inject({ url: `/api/v1/meetings/${id}`, headers: sec })).json<MeetingDto>();
const call = (method: 'DELETE' | 'PUT' | 'POST', url: string, headers = sec, payload?: object) =>
  t.app.inject({ method, url: `/api/v1/meetings/${url}`, headers, ...(payload ? { payload } : {}) });
const audited = async (action: string, id: string) =>
  (await t.app.inject({ url: `/api/v1/audit?action=${action}`, headers: sec }))
    .json<{ items: { targetId: string; actingFor: string }[] }>()
    .items.filter((e) => e.targetId === id);

describe('building the agenda', () => {
  it('removes an item, moves the later ones up, and audits it', async () => {
    const m = await withItems();
    const res = await call('DELETE', `${m.id}/agenda/${m.agenda[0]!.id}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(titles(res.json())).toEqual([
      [1, 'Item 2'],
      [2, 'Item 3'],
    ]);
    expect(await audited('meetings.agenda_item_removed', m.id)).toMatchObject([{ actingFor: 'secretariat' }]);
  });

  it('reorders the items as given, and audits it', async () => {
    const m = await withItems();
    const [a, b, c] = m.agenda.map((i) => i.id);
    const res = await call('PUT', `${m.id}/agenda/order`, sec, { itemIds: [c, a, b] });
    expect(res.statusCode, res.body).toBe(200);
    expect(titles(res.json())).toEqual([
      [1, 'Item 3'],
      [2, 'Item 1'],
      [3, 'Item 2'],
    ]);
    expect(await audited('meetings.agenda_reordered', m.id)).toHaveLength(1);
  });

  it.each([
    ['an item left out', (ids: string[]) => ids.slice(1)],
    ['an item twice', (ids: string[]) => [ids[0]!, ...ids]],
    ['an item of no such agenda', (ids: string[]) => [...ids.slice(1), 'other']],
  ])('refuses an order with %s with a 400 and changes nothing', async (_what, order) => {
    const m = await withItems();
    const before = await snapshotCounts(t.database);
    const res = await call('PUT', `${m.id}/agenda/order`, sec, { itemIds: order(m.agenda.map((i) => i.id)) });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().code).toBe('meetings.agenda_order_mismatch');
    expect(titles(await get(m.id))).toEqual(titles(m));
    expect(await snapshotCounts(t.database)).toEqual(before);
  });

  it('refuses a malformed order and an unknown item with a problem', async () => {
    const m = await withItems();
    const bad = await call('PUT', `${m.id}/agenda/order`, sec, { itemIds: 'all' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('http.validation_failed');
    const missing = await call('DELETE', `${m.id}/agenda/nope`);
    expect(missing.statusCode).toBe(404);
    expect(missing.json().code).toBe('meetings.agenda_item_not_found');
    expect(titles(await get(m.id))).toEqual(titles(m));
  });

  it('is refused to a national coordinator and to the anonymous, changing nothing', async () => {
    const m = await withItems();
    const ids = m.agenda.map((i) => i.id);
    const before = await snapshotCounts(t.database);
    for (const headers of [kz, {}]) {
      const expected = headers === kz ? 403 : 401;
      expect((await call('DELETE', `${m.id}/agenda/${ids[0]}`, headers)).statusCode).toBe(expected);
      expect(
        (await call('PUT', `${m.id}/agenda/order`, headers, { itemIds: [...ids].reverse() })).statusCode,
      ).toBe(expected);
      expect((await call('POST', `${m.id}/agenda/publish`, headers)).statusCode).toBe(expected);
      expect((await call('POST', `${m.id}/minutes/publish`, headers)).statusCode).toBe(expected);
    }
    expect(await snapshotCounts(t.database)).toEqual(before);
    expect(await get(m.id)).toEqual(m);
  });
});

describe('publishing', () => {
  it('publishes the agenda once, with a linked draft decision, and fixes it from then on', async () => {
    const m = await withItems(undefined, 1);
    const draft = await t.app.inject({
      method: 'POST',
      url: '/api/v1/decisions',
      headers: sec,
      payload: { body: 'CFM', title: tr('Draft decision'), procedure: 'consensus', meetingId: m.id },
    });
    await t.app.kernel.events.drain();
    const decision = draft.json<DecisionDto>();
    const linked = await call('POST', `${m.id}/agenda`, sec, {
      title: tr('Draft decision'),
      decisionId: decision.id,
    });
    expect(linked.statusCode, linked.body).toBe(201);

    const res = await call('POST', `${m.id}/agenda/publish`);
    expect(res.statusCode, res.body).toBe(200);
    const published = res.json<MeetingDto>();
    expect(published.agendaPublishedAt).toBe(NOW.toISOString());
    expect(published.agenda.map((i) => i.decisionId)).toEqual([null, decision.id]);
    expect(await audited('meetings.agenda_published', m.id)).toMatchObject([{ actingFor: 'secretariat' }]);

    const before = await snapshotCounts(t.database);
    const ids = published.agenda.map((i) => i.id);
    for (const refused of [
      await call('POST', `${m.id}/agenda`, sec, { title: tr('Late item') }),
      await call('DELETE', `${m.id}/agenda/${ids[0]}`),
      await call('PUT', `${m.id}/agenda/order`, sec, { itemIds: [...ids].reverse() }),
      await call('POST', `${m.id}/agenda/publish`),
    ]) {
      expect(refused.statusCode).toBe(409);
      expect(refused.json().code).toBe('meetings.agenda_published');
    }
    expect(await snapshotCounts(t.database)).toEqual(before);
    expect(await get(m.id)).toEqual(published);
  });

  it('refuses to publish an empty agenda', async () => {
    const m = await plan();
    const res = await call('POST', `${m.id}/agenda/publish`);
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('meetings.agenda_empty');
    expect((await get(m.id)).agendaPublishedAt).toBeNull();
  });

  it('publishes the minutes once, after the agenda and from the last day of the meeting', async () => {
    const m = await withItems(undefined, 1);
    const early = await call('POST', `${m.id}/minutes/publish`);
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('meetings.agenda_not_published');
    expect((await call('POST', `${m.id}/agenda/publish`)).statusCode).toBe(200);

    const res = await call('POST', `${m.id}/minutes/publish`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().minutesPublishedAt).toBe(NOW.toISOString());
    expect(await audited('meetings.minutes_published', m.id)).toMatchObject([{ actingFor: 'secretariat' }]);
    const again = await call('POST', `${m.id}/minutes/publish`);
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('meetings.minutes_published');
  });

  it('refuses minutes before the meeting has ended and changes nothing', async () => {
    const m = await withItems('2027-07-01', 1);
    expect((await call('POST', `${m.id}/agenda/publish`)).statusCode).toBe(200);
    const before = await snapshotCounts(t.database);
    const res = await call('POST', `${m.id}/minutes/publish`);
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({
      code: 'meetings.minutes_before_end',
      params: { endDate: '2027-07-01' },
    });
    expect(await snapshotCounts(t.database)).toEqual(before);
    expect((await get(m.id)).minutesPublishedAt).toBeNull();
  });

  it('answers an unknown meeting with a 404', async () => {
    for (const url of ['nope/agenda/publish', 'nope/minutes/publish']) {
      expect((await call('POST', url)).json().code).toBe('meetings.not_found');
    }
  });
});
