import { describe, expect, it } from 'vitest';
import { CreateMeetingBody, isTimeZone } from '../../../../contracts/meetings';
import { demoMeetings } from './demo';
import { SEED_MEETINGS, type SeedMeeting } from './events';

/** A seed as the API would take it, to hold seeds to the same rules as meetings planned by hand. */
const asBody = ({ key: _k, guests: _g, body, source, ...rest }: SeedMeeting) =>
  CreateMeetingBody.safeParse({ ...rest, ...(body ? { body } : {}), ...(source ? { source } : {}) });

describe('the seeded meetings', () => {
  it('have unique keys', () => {
    const keys = SEED_MEETINGS.map((s) => s.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each(SEED_MEETINGS.map((s) => [s.key, s] as const))(
    '%s is a valid meeting with a full date range, a real time zone and a source',
    (_key, s) => {
      expect(asBody(s).error).toBeUndefined();
      expect(isTimeZone(s.timeZone)).toBe(true);
      expect(s.startDate <= s.endDate).toBe(true);
      // A source with a link, or a note saying why there is none; never a guessed day or time.
      expect(s.source).not.toBeNull();
      expect(s.source!.url ?? s.source!.note).toBeTruthy();
      if (s.source!.url) expect(s.source!.url).toMatch(/^https?:\/\//);
      expect(s.startTime).toBeUndefined();
    },
  );

  it('include the Astana and Tianjin summits with their days as the sources give them', () => {
    const byKey = new Map(SEED_MEETINGS.map((s) => [s.key, s]));
    expect(byKey.get('hsc-2024-astana')).toMatchObject({
      startDate: '2024-07-03',
      endDate: '2024-07-04',
      hostState: 'KZ',
      timeZone: 'Asia/Almaty',
    });
    expect(byKey.get('hsc-2025-tianjin')).toMatchObject({
      startDate: '2025-08-31',
      endDate: '2025-09-01',
      hostState: 'CN',
      timeZone: 'Asia/Shanghai',
    });
  });

  it('leave out meetings whose source gives no day (Bishkek 2026)', () => {
    expect(SEED_MEETINGS.some((s) => s.startDate.startsWith('2026'))).toBe(false);
  });
});

describe('the demo meetings', () => {
  it('are labelled as demo in every language and lie in the future', () => {
    const today = new Date('2026-01-10T00:00:00Z');
    for (const d of demoMeetings(today)) {
      expect(d.title.en).toMatch(/^Demo/);
      expect(d.title.ru).toMatch(/^Демо/);
      expect(d.title.zh).toMatch(/^演示/);
      expect(d.startDate > '2026-01-10').toBe(true);
      expect(asBody(d).error).toBeUndefined();
    }
  });
});
