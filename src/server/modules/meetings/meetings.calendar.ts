import ical from 'ical-generator';
import type { Meeting } from './meetings.repository';
import { nextDay, zonedToUtc } from './meetings.time';

export interface CalendarOptions {
  /** The platform's origin as the client reached it, e.g. `https://sco.example.org`. */
  baseUrl: string;
  /** Shown by calendar apps as the subscription's name; kept free of commas and semicolons. */
  name: string;
  /** English state names by ISO code, for LOCATION. */
  stateNames: ReadonlyMap<string, string>;
}

/** `YYYY-MM-DD` as a Date at UTC midnight: ical-generator writes all-day dates from the UTC fields. */
const utcDay = (date: string) => new Date(`${date}T00:00:00Z`);

/**
 * An RFC 5545 calendar of meetings. ical-generator escapes TEXT values and folds lines at 75 octets
 * with CRLF; the dates are ours: all-day meetings as DATE values with the exclusive end RFC 5545 asks
 * for, timed ones converted from the host's zone to UTC so that no VTIMEZONE is needed.
 */
export function renderCalendar(meetings: readonly Meeting[], opts: CalendarOptions): string {
  const cal = ical({
    name: opts.name,
    prodId: { company: 'SCO Cooperation Platform', product: 'Meetings', language: 'EN' },
    ttl: 6 * 60 * 60,
  });
  for (const m of meetings) {
    const timed = m.startTime !== null && m.endTime !== null;
    const description = [m.title.ru, m.title.zh];
    if (m.source?.url) description.push(`Source: ${m.source.url}`);
    if (m.demo) description.push('Demo content: not a real SCO meeting.');
    const state = opts.stateNames.get(m.hostState) ?? m.hostState;
    cal.createEvent({
      id: `${m.id}@sco-platform`,
      // DTSTAMP of a published feed is when the entry last changed, so unchanged entries stay byte-equal.
      stamp: new Date(m.updatedAt),
      allDay: !timed,
      start: timed ? zonedToUtc(m.startDate, m.startTime!, m.timeZone) : utcDay(m.startDate),
      end: timed ? zonedToUtc(m.endDate, m.endTime!, m.timeZone) : utcDay(nextDay(m.endDate)),
      summary: m.title.en,
      description: description.join('\n'),
      location: `${m.city.en}, ${state}`,
      url: `${opts.baseUrl}/meetings/${m.id}`,
      categories: m.body ? [{ name: m.body }] : [],
    });
  }
  // RFC 5545 ends every content line with CRLF, the last one too; ical-generator leaves it off.
  return `${cal.toString()}\r\n`;
}
