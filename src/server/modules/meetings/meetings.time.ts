/**
 * Wall-clock time in a host's IANA zone to UTC, with nothing but Intl: meetings are planned in the
 * host's local time, while calendars and the API exchange instants.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(tz, f);
  }
  return f;
}

/** The zone's offset from UTC at an instant, in milliseconds (east positive). */
export function zoneOffsetMs(tz: string, utcMs: number): number {
  const parts: Record<string, number> = {};
  for (const p of formatter(tz).formatToParts(new Date(utcMs))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  const wall = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  // formatToParts drops the milliseconds, so compare against the instant truncated to the second.
  return wall - Math.floor(utcMs / 1000) * 1000;
}

/**
 * The instant at which the clock in `tz` shows `date` `time`. The offset is looked up twice because the
 * first guess may fall on the other side of a daylight-saving change. A wall time that a change skips
 * has no exact instant; it lands beside the change.
 */
export function zonedToUtc(date: string, time: string, tz: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  const first = wall - zoneOffsetMs(tz, wall);
  const second = wall - zoneOffsetMs(tz, first);
  return new Date(second);
}

/** The calendar day after `date` (YYYY-MM-DD): iCalendar's DTEND of an all-day event is exclusive. */
export function nextDay(date: string): string {
  const t = Date.parse(`${date}T00:00:00Z`) + 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** The calendar day (YYYY-MM-DD) an instant falls on in a zone. */
export function dayInZone(at: Date, tz: string): string {
  return new Date(at.getTime() + zoneOffsetMs(tz, at.getTime())).toISOString().slice(0, 10);
}
