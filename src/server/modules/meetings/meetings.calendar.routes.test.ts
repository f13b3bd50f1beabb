import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeetingDto, MeetingSummaryDto } from '../../../contracts/meetings';
import { bearer, buildTestApp, type TestApp } from '../../test/harness';

let t: TestApp;
let sec: Record<string, string>;
let timed: MeetingDto;
let restricted: MeetingDto;

const tricky = {
  en: 'Expert talks; water, energy \\ climate',
  ru: 'Консультации экспертов Шанхайской организации сотрудничества по водно-энергетическим вопросам',
  zh: '上海合作组织成员国水资源与能源问题专家磋商会议',
};

async function plan(payload: Record<string, unknown>): Promise<MeetingDto> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/meetings',
    headers: sec,
    payload: {
      kind: 'expert_group',
      level: 'expert',
      title: tricky,
      hostState: 'CN',
      city: { en: 'Tianjin', ru: 'Тяньцзинь', zh: '天津' },
      timeZone: 'Asia/Shanghai',
      startDate: '2027-04-20',
      endDate: '2027-04-20',
      startTime: '09:30',
      endTime: '17:00',
      participants: ['CN', 'KZ'],
      visibility: 'public',
      ...payload,
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

beforeAll(async () => {
  t = await buildTestApp();
  sec = await bearer(t.app, 'secretariat@example.org');
  timed = await plan({});
  restricted = await plan({ visibility: 'restricted', title: { en: 'Closed', ru: 'Закрыто', zh: '闭门' } });
});
afterAll(() => t.close());

async function feed(url: string, headers: Record<string, string> = {}) {
  const res = await t.app.inject({ url: `/api/v1${url}`, headers: { host: 'sco.example.org', ...headers } });
  expect(res.statusCode, res.body).toBe(200);
  expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
  const events = new ICAL.Component(ICAL.parse(res.body)).getAllSubcomponents('vevent');
  return { text: res.body, events, uids: events.map((e) => String(e.getFirstPropertyValue('uid'))) };
}
const uid = (id: string) => `${id}@sco-platform`;
const publicList = async (query = ''): Promise<MeetingSummaryDto[]> =>
  (await t.app.inject(`/api/v1/meetings${query}`)).json().items;

describe('the calendar feed', () => {
  it('has every public meeting and no restricted one, even for the Secretariat', async () => {
    const { uids } = await feed('/calendar.ics', sec);
    expect(uids.sort()).toEqual((await publicList()).map((m) => uid(m.id)).sort());
    expect(uids).toContain(uid(timed.id));
    expect(uids).not.toContain(uid(restricted.id));
  });

  it('writes the Astana summit as an all-day event ending the day after its last day', async () => {
    const astana = (await publicList('?body=HSC&from=2024-07-03&to=2024-07-03'))[0]!;
    const { events } = await feed('/calendar.ics');
    const ev = events.find((e) => e.getFirstPropertyValue('uid') === uid(astana.id))!;
    const start = ev.getFirstPropertyValue('dtstart') as ICAL.Time;
    expect(start.isDate).toBe(true);
    expect(start.toString()).toBe('2024-07-03');
    expect(String(ev.getFirstPropertyValue('dtend'))).toBe('2024-07-05');
    expect(ev.getFirstPropertyValue('summary')).toBe(astana.title.en);
    expect(ev.getFirstPropertyValue('location')).toBe('Astana, Kazakhstan');
    expect(ev.getFirstPropertyValue('description')).toContain(astana.title.ru);
    expect(ev.getFirstPropertyValue('description')).toContain(astana.title.zh);
    expect(ev.getFirstPropertyValue('url')).toBe(`http://sco.example.org/meetings/${astana.id}`);
    expect(ev.getFirstPropertyValue('dtstamp')).toBeTruthy();
  });

  it('converts a timed meeting from the host time zone to UTC', async () => {
    const { text, events } = await feed('/calendar.ics');
    expect(text).toContain('DTSTART:20270420T013000Z\r\n');
    expect(text).toContain('DTEND:20270420T090000Z\r\n');
    const ev = events.find((e) => e.getFirstPropertyValue('uid') === uid(timed.id))!;
    expect(String(ev.getFirstPropertyValue('dtstart'))).toBe('2027-04-20T01:30:00Z');
  });

  it('escapes text and folds long lines with CRLF, and parses back to the same text', async () => {
    const { text, events } = await feed('/calendar.ics');
    expect(text).toContain('SUMMARY:Expert talks\\; water\\, energy \\\\ climate\r\n');
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    const ev = events.find((e) => e.getFirstPropertyValue('uid') === uid(timed.id))!;
    expect(ev.getFirstPropertyValue('summary')).toBe(tricky.en);
    expect(ev.getFirstPropertyValue('description')).toBe(`${tricky.ru}\n${tricky.zh}`);
  });

  it('narrows to one body, by query or by path', async () => {
    const byQuery = await feed('/calendar.ics?body=HSC');
    const hsc = (await publicList('?body=HSC')).map((m) => uid(m.id));
    expect(byQuery.uids.sort()).toEqual(hsc.sort());
    expect(byQuery.uids.length).toBeGreaterThanOrEqual(14);
    expect(byQuery.text).toContain('X-WR-CALNAME:SCO meetings - HSC\r\n');
    expect((await feed('/calendar/bodies/HSC.ics')).uids.sort()).toEqual(hsc.sort());
    expect((await feed('/calendar/bodies/cfm.ics')).events).toHaveLength(1);
  });

  it('narrows to the meetings a state hosts or takes part in, by query or by path', async () => {
    const kz = await feed('/calendar.ics?state=KZ');
    expect(kz.uids).toContain(uid(timed.id));
    expect(kz.uids.sort()).toEqual((await publicList('?state=KZ')).map((m) => uid(m.id)).sort());
    const az = await feed('/calendar/states/az.ics');
    expect(az.events.map((e) => e.getFirstPropertyValue('summary'))).toEqual([
      'First "SCO Plus" meeting, Astana',
    ]);
    expect(az.text).toContain('X-WR-CALNAME:SCO meetings - Azerbaijan\r\n');
  });

  it('refuses a malformed filter with a problem', async () => {
    const res = await t.app.inject('/api/v1/calendar/states/KAZ.ics');
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('http.validation_failed');
  });
});
