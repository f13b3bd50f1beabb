import { afterEach, describe, expect, it } from 'vitest';
import { instantToLocalInput, localDate, localInputToInstant } from './localDateTime';

const zone = process.env.TZ;
afterEach(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

describe('localInputToInstant', () => {
  it('converts 13:00 in Almaty to 08:00 UTC, and back', () => {
    process.env.TZ = 'Asia/Almaty';
    expect(localInputToInstant('2026-12-01T13:00')).toBe('2026-12-01T08:00:00.000Z');
    expect(instantToLocalInput('2026-12-01T08:00:00.000Z')).toBe('2026-12-01T13:00');
  });

  it("reads a datetime-local value as the reader's wall-clock time", () => {
    const instant = localInputToInstant('2026-12-01T13:00');
    expect(instant).toBe(new Date(2026, 11, 1, 13, 0).toISOString());
  });

  it('gives back the same wall-clock time when shown again in the input', () => {
    expect(instantToLocalInput(localInputToInstant('2027-03-28T02:30:00')!)).toBe(
      instantToLocalInput(new Date(2027, 2, 28, 2, 30)),
    );
    expect(instantToLocalInput(localInputToInstant('2026-07-04T09:05')!)).toBe('2026-07-04T09:05');
  });

  it('refuses what is not a date and time', () => {
    expect(localInputToInstant('')).toBeUndefined();
    expect(localInputToInstant('2026-12-01')).toBeUndefined();
    expect(localInputToInstant('tomorrow')).toBeUndefined();
  });
});

describe('localDate', () => {
  it("gives the reader's calendar date, which may differ from the UTC one", () => {
    process.env.TZ = 'Asia/Almaty';
    expect(localDate(new Date('2026-11-26T20:30:00Z'))).toBe('2026-11-27');
    process.env.TZ = 'UTC';
    expect(localDate(new Date('2026-11-26T20:30:00Z'))).toBe('2026-11-26');
  });
});
