import { describe, expect, it } from 'vitest';
import { formatPartialDate } from './dates';

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
