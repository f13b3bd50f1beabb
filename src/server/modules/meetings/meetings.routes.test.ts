import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeetingDto, MeetingSummaryDto } from '../../../contracts/meetings';
import { bearer, buildTestApp, snapshotCounts, type TestApp } from '../../test/harness';

let t: TestApp;
let sec: Record<string, string>;
let kz: Record<string, string>;

beforeAll(async () => {
  t = await buildTestApp();
  sec = await bearer(t.app, 'secretariat@example.org');
  kz = await bearer(t.app, 'coordinator.kz@example.org');
});
afterAll(() => t.close());

const MEMBERS = ['BY', 'CN', 'IN', 'IR', 'KG', 'KZ', 'PK', 'RU', 'TJ', 'UZ'];
const title = { en: 'Test meeting', ru: 'Тестовое заседание', zh: '测试会议' };
const valid = {
  kind: 'ministerial',
  level: 'ministerial',
  body: 'MIN',
  title,
  hostState: 'UZ',
  city: { en: 'Tashkent', ru: 'Ташкент', zh: '塔什干' },
  timeZone: 'Asia/Tashkent',
  startDate: '2027-03-10',
  endDate: '2027-03-11',
  visibility: 'public',
};

async function list(query = '', headers: Record<string, string> = {}): Promise<MeetingSummaryDto[]> {
  const res = await t.app.inject({ url: `/api/v1/meetings${query}`, headers });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items;
}
const get = (id: string, headers: Record<string, string> = {}) =>
  t.app.inject({ url: `/api/v1/meetings/${id}`, headers });
const create = (payload: Record<string, unknown>, headers = sec) =>
  t.app.inject({ method: 'POST', url: '/api/v1/meetings', headers, payload });
async function plan(payload: Record<string, unknown> = {}): Promise<MeetingDto> {
  const res = await create({ ...valid, ...payload });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}
const seeded = async (key: 'astana' | 'tianjin') => {
  const items = await list('?body=HSC&kind=summit');
  const start = key === 'astana' ? '2024-07-03' : '2025-08-31';
  return items.find((m) => m.startDate === start)!;
};

describe('the seeded calendar', () => {
  it('holds the Astana summit of 3–4 July 2024 with its source and the ten member states', async () => {
    const astana = await seeded('astana');
    expect(astana).toMatchObject({
      kind: 'summit',
      level: 'heads_of_state',
      body: 'HSC',
      hostState: 'KZ',
      city: { en: 'Astana' },
      timeZone: 'Asia/Almaty',
      endDate: '2024-07-04',
      allDay: true,
      startsAt: null,
      visibility: 'public',
      demo: false,
      participants: MEMBERS,
      source: {
        url: 'https://astanatimes.com/2024/07/sco-summit-kicks-off-in-astana/',
        confidence: 'confirmed',
      },
    });
  });

  it('holds the Tianjin summit of 31 August – 1 September 2025', async () => {
    expect(await seeded('tianjin')).toMatchObject({
      hostState: 'CN',
      timeZone: 'Asia/Shanghai',
      endDate: '2025-09-01',
      source: { url: 'https://www.trend.az/business/4085717.html', confidence: 'confirmed' },
    });
  });

  it('takes the participants of a past summit from the membership on its day', async () => {
    const samarkand = (await list('?from=2022-09-15&to=2022-09-16&body=HSC'))[0]!;
    expect(samarkand.city.en).toBe('Samarkand');
    expect(samarkand.participants).toEqual(['CN', 'IN', 'KG', 'KZ', 'PK', 'RU', 'TJ', 'UZ']);
    const bishkek2007 = (await list('?to=2007-12-31'))[0]!;
    expect(bishkek2007.participants).toEqual(['CN', 'KG', 'KZ', 'RU', 'TJ', 'UZ']);
  });

  it('loads the seed once, however often the platform starts', async () => {
    const before = await snapshotCounts(t.database);
    await t.restart();
    expect(await snapshotCounts(t.database)).toEqual(before);
    sec = await bearer(t.app, 'secretariat@example.org');
    kz = await bearer(t.app, 'coordinator.kz@example.org');
  });
});

describe('listing', () => {
  it('orders meetings by start date', async () => {
    const items = await list();
    const starts = items.map((m) => m.startDate);
    expect(starts).toEqual([...starts].sort());
    expect(items.length).toBeGreaterThanOrEqual(17);
  });

  it('filters by period, overlapping either end', async () => {
    const items = await list('?from=2024-07-04&to=2024-07-04');
    expect(items.map((m) => m.title.en)).toEqual([
      'Meeting of the SCO Council of Heads of State, Astana',
      'First "SCO Plus" meeting, Astana',
    ]);
  });

  it('filters by body, level and kind', async () => {
    expect((await list('?body=CFM')).map((m) => m.city.en)).toEqual(['Goa']);
    expect((await list('?body=cfm')).map((m) => m.city.en)).toEqual(['Goa']);
    expect((await list('?kind=forum&level=ministerial')).map((m) => m.startDate)).toEqual(['2024-02-01']);
    expect((await list('?level=heads_of_state')).every((m) => m.body === 'HSC')).toBe(true);
  });

  it('filters by state, as host or as participant', async () => {
    // Azerbaijan was a guest at the first SCO Plus meeting and hosts nothing.
    expect((await list('?state=AZ')).map((m) => m.title.en)).toEqual(['First "SCO Plus" meeting, Astana']);
    const india = await list('?state=IN&to=2024-12-31');
    expect(india[0]!.startDate).toBe('2017-06-08');
    expect(india.some((m) => m.city.en === 'Goa')).toBe(true);
  });

  it('refuses an unknown filter value with a problem', async () => {
    const res = await t.app.inject('/api/v1/meetings?kind=party');
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().code).toBe('http.validation_failed');
  });
});

describe('planning', () => {
  it('lets the Secretariat plan a meeting, with all member states by default, and audits it', async () => {
    const m = await plan({ startTime: '10:00', endTime: '18:30' });
    expect(m).toMatchObject({
      ...valid,
      participants: MEMBERS,
      startTime: '10:00',
      endTime: '18:30',
      allDay: false,
      // Tashkent is UTC+5 all year.
      startsAt: '2027-03-10T05:00:00.000Z',
      endsAt: '2027-03-11T13:30:00.000Z',
      agenda: [],
      minutes: { decisions: [], statements: [] },
      source: null,
      demo: false,
    });
    const audit = await t.app.inject({
      url: '/api/v1/audit?action=meetings.meeting_created',
      headers: sec,
    });
    expect(audit.json().items[0]).toMatchObject({ targetId: m.id, actingFor: 'secretariat' });
  });

  it('keeps restricted what is not said otherwise', async () => {
    const { visibility: _v, ...rest } = valid;
    const res = await create(rest);
    expect(res.json().visibility).toBe('restricted');
  });

  it('is refused to a national coordinator (403) and to the anonymous (401)', async () => {
    const before = await snapshotCounts(t.database);
    const coordinator = await create(valid, kz);
    expect(coordinator.statusCode).toBe(403);
    expect(coordinator.json().code).toBe('auth.forbidden');
    const anonymous = await create(valid, {});
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json().code).toBe('auth.unauthenticated');
    const patch = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/meetings/${(await seeded('astana')).id}`,
      headers: kz,
      payload: { title },
    });
    expect(patch.statusCode).toBe(403);
    expect(await snapshotCounts(t.database)).toEqual(before);
  });

  it.each([
    ['an unknown kind', { kind: 'party' }, 'http.validation_failed'],
    ['an unknown field', { colour: 'blue' }, 'http.validation_failed'],
    ['an empty title', { title: { ...title, zh: ' ' } }, 'http.validation_failed'],
    ['a time zone that does not exist', { timeZone: 'Asia/Atlantis' }, 'http.validation_failed'],
    ['an offset instead of a time zone', { timeZone: '+05:00' }, 'http.validation_failed'],
    ['a day that does not exist', { startDate: '2027-02-30' }, 'http.validation_failed'],
    ['a time past 23:59', { startTime: '24:00', endTime: '25:00' }, 'http.validation_failed'],
    ['an end before the start', { startDate: '2027-03-12' }, 'meetings.ends_before_start'],
    [
      'an end time before the start time on one day',
      { endDate: '2027-03-10', startTime: '15:00', endTime: '09:00' },
      'meetings.ends_before_start',
    ],
    ['a start time without an end time', { startTime: '10:00' }, 'meetings.times_incomplete'],
    ['an unknown body', { body: 'XYZ' }, 'meetings.unknown_body'],
    ['an unknown host', { hostState: 'ZZ' }, 'meetings.unknown_state'],
    ['an unknown participant', { participants: ['KZ', 'QQ'] }, 'meetings.unknown_state'],
  ])('refuses %s with a 400 problem and changes nothing', async (_label, change, code) => {
    const before = await snapshotCounts(t.database);
    const res = await create({ ...valid, ...change });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ code, status: 400 });
    expect(await snapshotCounts(t.database)).toEqual(before);
  });

  it('changes only the fields given, and audits each old and new value', async () => {
    const m = await plan();
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/meetings/${m.id}`,
      headers: sec,
      payload: { startTime: '09:00', endTime: '12:00', participants: ['UZ', 'KZ', 'UZ'], body: null },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      title,
      body: null,
      startTime: '09:00',
      participants: ['KZ', 'UZ'],
      startsAt: '2027-03-10T04:00:00.000Z',
    });
    expect(res.json().updatedAt > m.updatedAt).toBe(true);
    const audit = await t.app.inject({ url: '/api/v1/audit?action=meetings.meeting_updated', headers: sec });
    expect(audit.json().items[0]).toMatchObject({
      targetId: m.id,
      data: { changes: { startTime: { from: null, to: '09:00' }, body: { from: 'MIN', to: null } } },
    });
  });

  it('refuses a patch that would break the schedule and changes nothing', async () => {
    const m = await plan();
    const before = await snapshotCounts(t.database);
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/meetings/${m.id}`,
      headers: sec,
      payload: { endDate: '2027-03-01' },
    });
    expect(res.json()).toMatchObject({ status: 400, code: 'meetings.ends_before_start' });
    const empty = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/meetings/${m.id}`,
      headers: sec,
      payload: {},
    });
    expect(empty.json().code).toBe('http.validation_failed');
    expect(await snapshotCounts(t.database)).toEqual(before);
    expect((await get(m.id)).json().endDate).toBe('2027-03-11');
  });

  it('answers 404 for a meeting that does not exist', async () => {
    const res = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/meetings/nope',
      headers: sec,
      payload: { title },
    });
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('meetings.not_found');
  });
});

describe('restricted meetings', () => {
  it('are seen by the Secretariat and member-state mandates, and are a 404 to the public', async () => {
    const m = await plan({ visibility: 'restricted', startDate: '2027-05-01', endDate: '2027-05-01' });
    expect((await get(m.id)).statusCode).toBe(404);
    expect((await get(m.id)).json().code).toBe('meetings.not_found');
    expect((await get(m.id, kz)).statusCode).toBe(200);
    expect((await get(m.id, sec)).statusCode).toBe(200);
    expect((await list('?from=2027-05-01&to=2027-05-01')).map((x) => x.id)).not.toContain(m.id);
    expect((await list('?from=2027-05-01&to=2027-05-01', kz)).map((x) => x.id)).toContain(m.id);
  });

  it('include the restricted demo CNC meeting, which only insiders see', async () => {
    const publicDemo = (await list()).filter((m) => m.demo);
    const insiderDemo = (await list('', sec)).filter((m) => m.demo);
    expect(publicDemo.map((m) => m.kind)).toEqual(['expert_group']);
    expect(insiderDemo.map((m) => m.kind).sort()).toEqual(['expert_group', 'national_coordinators']);
  });
});
