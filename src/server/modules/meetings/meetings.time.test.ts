import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextDay, zonedToUtc } from './meetings.time';

/** The wall clock in `tz` at an instant, as `YYYY-MM-DD` and `HH:MM`. */
function wallClock(instant: Date, tz: string): { date: string; time: string } {
  const f = new Intl.DateTimeFormat('en-CA', {
    timeZone: tz,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  });
  const p = Object.fromEntries(f.formatToParts(instant).map((x) => [x.type, x.value]));
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` };
}

describe('zonedToUtc', () => {
  it.each([
    ['2025-08-31', '10:00', 'Asia/Shanghai', '2025-08-31T02:00:00.000Z'],
    ['2020-11-10', '00:30', 'Europe/Moscow', '2020-11-09T21:30:00.000Z'],
    ['2023-07-04', '12:00', 'Asia/Kolkata', '2023-07-04T06:30:00.000Z'],
    ['2024-01-15', '09:00', 'America/New_York', '2024-01-15T14:00:00.000Z'],
    ['2024-07-15', '09:00', 'America/New_York', '2024-07-15T13:00:00.000Z'],
    ['2024-03-31', '03:30', 'Europe/Berlin', '2024-03-31T01:30:00.000Z'],
    ['2024-03-30', '23:30', 'Europe/Berlin', '2024-03-30T22:30:00.000Z'],
  ])('reads %s %s in %s as %s', (date, time, tz, utc) => {
    expect(zonedToUtc(date, time, tz).toISOString()).toBe(utc);
  });

  it('gives back the instant whose wall clock it was given, in any zone, on either side of DST changes', () => {
    const zones = [
      'Asia/Almaty',
      'Asia/Tehran',
      'Europe/Moscow',
      'Europe/Berlin',
      'America/Sao_Paulo',
      'Australia/Lord_Howe',
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2000, 0, 1) / 60_000, max: Date.UTC(2040, 0, 1) / 60_000 }),
        fc.constantFrom(...zones),
        (minute, tz) => {
          const wall = wallClock(new Date(minute * 60_000), tz);
          // In the hour a fall-back change repeats, either instant is right: compare wall clocks.
          expect(wallClock(zonedToUtc(wall.date, wall.time, tz), tz)).toEqual(wall);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('nextDay', () => {
  it.each([
    ['2024-07-04', '2024-07-05'],
    ['2025-08-31', '2025-09-01'],
    ['2024-02-28', '2024-02-29'],
    ['2023-12-31', '2024-01-01'],
  ])('after %s is %s', (d, n) => expect(nextDay(d)).toBe(n));
});
