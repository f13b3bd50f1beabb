import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { renderCalendar } from './meetings.calendar';
import { UNPUBLISHED, type Meeting } from './meetings.repository';

const base: Meeting = {
  id: '0190f1c2-0000-7000-8000-000000000001',
  kind: 'summit',
  level: 'heads_of_state',
  body: 'HSC',
  title: { en: 'Astana summit', ru: 'Саммит в Астане', zh: '阿斯塔纳峰会' },
  hostState: 'KZ',
  city: { en: 'Astana', ru: 'Астана', zh: '阿斯塔纳' },
  timeZone: 'Asia/Almaty',
  startDate: '2024-07-03',
  endDate: '2024-07-04',
  startTime: null,
  endTime: null,
  visibility: 'public',
  source: {
    url: 'https://astanatimes.com/2024/07/sco-summit-kicks-off-in-astana/',
    confidence: 'confirmed',
    note: null,
    noteLocalized: null,
  },
  demo: false,
  seedKey: null,
  createdAt: '2024-06-01T00:00:00.000Z',
  createdBy: null,
  updatedAt: '2024-06-02T08:09:10.000Z',
  participants: ['KZ'],
  ...UNPUBLISHED,
};

const opts = {
  baseUrl: 'https://sco.example.org',
  name: 'SCO meetings',
  stateNames: new Map([
    ['KZ', 'Kazakhstan'],
    ['CN', 'China'],
  ]),
};

function events(text: string) {
  return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
}

describe('renderCalendar', () => {
  it('writes an all-day meeting as DATE values with the day after the last day as DTEND', () => {
    const text = renderCalendar([base], opts);
    expect(text).toContain('\r\nDTSTART;VALUE=DATE:20240703\r\n');
    expect(text).toContain('\r\nDTEND;VALUE=DATE:20240705\r\n');
    const [ev] = events(text);
    expect(ev!.getFirstPropertyValue('dtstart')!.toString()).toBe('2024-07-03');
    expect(ev!.getFirstPropertyValue('dtend')!.toString()).toBe('2024-07-05');
  });

  it('converts a timed meeting from the host time zone to UTC', () => {
    const m = {
      ...base,
      timeZone: 'Asia/Shanghai',
      hostState: 'CN',
      startDate: '2025-08-31',
      endDate: '2025-09-01',
      startTime: '19:30',
      endTime: '12:00',
    };
    const text = renderCalendar([m], opts);
    expect(text).toContain('\r\nDTSTART:20250831T113000Z\r\n');
    expect(text).toContain('\r\nDTEND:20250901T040000Z\r\n');
    const [ev] = events(text);
    expect(ev!.getFirstPropertyValue('dtstart')!.toString()).toBe('2025-08-31T11:30:00Z');
  });

  it('carries a stable UID, DTSTAMP, the English title, the other languages, location and a link back', () => {
    const text = renderCalendar([base], opts);
    const [ev] = events(text);
    expect(ev!.getFirstPropertyValue('uid')).toBe(`${base.id}@sco-platform`);
    expect(ev!.getFirstPropertyValue('dtstamp')!.toString()).toBe('2024-06-02T08:09:10Z');
    expect(ev!.getFirstPropertyValue('summary')).toBe('Astana summit');
    expect(ev!.getFirstPropertyValue('description')).toBe(
      `Саммит в Астане\n阿斯塔纳峰会\nSource: ${base.source!.url}`,
    );
    expect(ev!.getFirstPropertyValue('location')).toBe('Astana, Kazakhstan');
    expect(ev!.getFirstPropertyValue('url')).toBe(`https://sco.example.org/meetings/${base.id}`);
    expect(renderCalendar([base], opts)).toBe(text);
  });

  it('escapes backslashes, semicolons, commas and newlines in text', () => {
    const title = { en: 'A; B, C \\ D\nE', ru: 'Р', zh: '中' };
    const text = renderCalendar([{ ...base, title }], opts);
    expect(text).toContain('SUMMARY:A\\; B\\, C \\\\ D\\nE\r\n');
    expect(events(text)[0]!.getFirstPropertyValue('summary')).toBe(title.en);
  });

  it('ends every line with CRLF and folds lines longer than 75 octets, counting UTF-8 bytes', () => {
    const title = {
      en: 'Meeting of the Council of Heads of State of the Shanghai Cooperation Organisation member states',
      ru: 'Заседание Совета глав государств — членов Шанхайской организации сотрудничества в Астане',
      zh: '上海合作组织成员国元首理事会会议在阿斯塔纳举行，通过了阿斯塔纳宣言和其他文件',
    };
    const text = renderCalendar([{ ...base, title }], opts);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.split('\r\n');
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    const [ev] = events(text);
    expect(ev!.getFirstPropertyValue('summary')).toBe(title.en);
    expect(ev!.getFirstPropertyValue('description')).toBe(
      `${title.ru}\n${title.zh}\nSource: ${base.source!.url}`,
    );
  });

  it('marks demo meetings in the description', () => {
    const text = renderCalendar([{ ...base, demo: true, source: null }], opts);
    expect(events(text)[0]!.getFirstPropertyValue('description')).toContain('Demo content');
  });
});
