import { describe, expect, it } from 'vitest';
import { formatRemaining, remainingUntil } from './countdown';

const now = new Date('2026-11-26T12:00:00Z');
const later = (ms: number) => new Date(now.getTime() + ms).toISOString();
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('remainingUntil', () => {
  it('splits the time left into whole days, hours and minutes', () => {
    expect(remainingUntil(later(2 * DAY + 3 * HOUR + 21 * MINUTE + 59_000), now)).toEqual({
      passed: false,
      days: 2,
      hours: 3,
      minutes: 21,
    });
  });

  it('reports a deadline reached or gone as passed', () => {
    expect(remainingUntil(later(0), now).passed).toBe(true);
    expect(remainingUntil(later(-5 * MINUTE), now).passed).toBe(true);
  });
});

describe('formatRemaining', () => {
  const left = (ms: number, language: string) => formatRemaining(remainingUntil(later(ms), now), language);

  it('says "2 days 3 hours" and leaves out the minutes while days remain', () => {
    expect(left(2 * DAY + 3 * HOUR + 30 * MINUTE, 'en')).toBe('2 days 3 hours');
  });

  it('counts hours and minutes on the last day, and minutes in the last hour', () => {
    expect(left(3 * HOUR + 21 * MINUTE, 'en')).toBe('3 hours 21 minutes');
    expect(left(21 * MINUTE + 30_000, 'en')).toBe('21 minutes');
    expect(left(1 * DAY + 10 * MINUTE, 'en')).toBe('1 day');
  });

  it('uses the plural forms of Russian and the units of Chinese', () => {
    expect(left(2 * DAY + 3 * HOUR, 'ru')).toBe('2 дня 3 часа');
    expect(left(5 * DAY + 1 * HOUR, 'ru')).toBe('5 дней 1 час');
    expect(left(2 * DAY + 3 * HOUR, 'zh-CN')).toBe('2天3小时');
  });
});
