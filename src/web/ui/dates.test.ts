import { describe, expect, it } from 'vitest';
import { formatDateRange, formatInstantInZone, formatInstantRange, formatPartialDate } from './dates';

describe('formatPartialDate', () => {
  it('writes a full date as day, month and year in each UI language', () => {
    expect(formatPartialDate('2024-07-04', 'en')).toBe('4 July 2024');
    expect(formatPartialDate('2024-07-04', 'ru')).toBe('4 июля 2024 г.');
    expect(formatPartialDate('2024-07-04', 'zh-CN')).toBe('2024年7月4日');
  });

  it('keeps a month-precision date to month and year', () => {
    expect(formatPartialDate('2025-09', 'en')).toBe('September 2025');
    expect(formatPartialDate('2025-09', 'zh-CN')).toBe('2025年9月');
    expect(formatPartialDate('2025-09', 'ru')).toMatch(/^сентябрь 2025/);
  });

  it('keeps a year-precision date to the year', () => {
    expect(formatPartialDate('2005', 'en')).toBe('2005');
    expect(formatPartialDate('2005', 'zh-CN')).toBe('2005年');
  });

  it('does not shift the day in time zones west of Greenwich', () => {
    expect(formatPartialDate('2001-06-15', 'en')).toBe('15 June 2001');
  });

  it('shows an unexpected value as it is', () => {
    expect(formatPartialDate('mid-2005', 'en')).toBe('mid-2005');
  });
});

describe('formatDateRange', () => {
  it('writes the days of a meeting the way each language writes a span', () => {
    // ICU sets the dash between thin spaces.
    expect(formatDateRange('2024-07-03', '2024-07-04', 'en')).toBe('3\u2009–\u20094 July 2024');
    expect(formatDateRange('2024-07-03', '2024-07-04', 'ru')).toBe('3–4 июля 2024\u202fг.');
    expect(formatDateRange('2024-07-03', '2024-07-04', 'zh-CN')).toBe('2024年7月3日至4日');
  });

  it('names both months, or both years, when the span crosses them', () => {
    expect(formatDateRange('2025-08-31', '2025-09-01', 'en')).toBe('31 August\u2009–\u20091 September 2025');
    expect(formatDateRange('2025-08-31', '2025-09-01', 'zh-CN')).toBe('2025年8月31日至9月1日');
    expect(formatDateRange('2025-12-31', '2026-01-02', 'zh-CN')).toBe('2025年12月31日至2026年1月2日');
  });

  it('writes a one-day meeting as one date', () => {
    expect(formatDateRange('2024-07-04', '2024-07-04', 'en')).toBe('4 July 2024');
  });
});

describe('formatInstantRange', () => {
  const start = '2027-01-10T04:30:00Z';
  const end = '2027-01-10T13:00:00Z';

  it('shows a timed meeting in the zone asked for', () => {
    expect(formatInstantRange(start, end, 'en', 'Asia/Almaty')).toBe('10 January 2027, 09:30–18:00');
    expect(formatInstantRange(start, end, 'en', 'Europe/Berlin')).toBe('10 January 2027, 05:30–14:00');
    expect(formatInstantRange(start, end, 'zh-CN', 'Asia/Almaty')).toBe('2027年1月10日 09:30–18:00');
  });

  it('names both days when the meeting ends on another day in that zone', () => {
    expect(formatInstantRange(start, '2027-01-11T13:00:00Z', 'zh-CN', 'Asia/Almaty')).toBe(
      '2027年1月10日 09:30至2027年1月11日 18:00',
    );
  });
});

describe('formatInstantInZone', () => {
  it('names the time zone of a deadline', () => {
    expect(formatInstantInZone('2026-12-01T12:00:00Z', 'en', 'Europe/Berlin')).toBe(
      '1 December 2026 at 13:00 Central European Standard Time',
    );
  });
});
