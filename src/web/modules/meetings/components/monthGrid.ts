/*
 * Calendar arithmetic on plain 'YYYY-MM-DD' and 'YYYY-MM' strings, in UTC so that no time zone shifts a
 * day. Meetings are dated in their host's zone, and a calendar shows those dates as given.
 */

const MONTH = /^(\d{4})-(\d{2})$/;
const DAY_MS = 86_400_000;

export interface GridDay {
  /** 'YYYY-MM-DD' */
  date: string;
  day: number;
  inMonth: boolean;
}

export function isMonth(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = MONTH.exec(value);
  return !!m && Number(m[2]) >= 1 && Number(m[2]) <= 12;
}

function parseMonth(month: string): { year: number; index: number } {
  const m = MONTH.exec(month);
  if (!m) throw new Error(`not a month: ${month}`);
  return { year: Number(m[1]), index: Number(m[2]) - 1 };
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** The month `n` months after (or before, when negative) `month`: addMonths('2024-12', 1) = '2025-01'. */
export function addMonths(month: string, n: number): string {
  const { year, index } = parseMonth(month);
  return isoDay(new Date(Date.UTC(year, index + n, 1))).slice(0, 7);
}

/** The month of a day or an instant, in the zone the Date is read in: the reader's own. */
export function monthOf(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}

/** Today in the reader's zone, 'YYYY-MM-DD'. */
export function dayOf(date: Date): string {
  return `${monthOf(date)}-${String(date.getDate()).padStart(2, '0')}`;
}

/**
 * The weeks shown for a month, Monday first (as in all three UI locales), padded with the days of the
 * months around it so that every week is whole.
 */
export function monthGrid(month: string): GridDay[][] {
  const { year, index } = parseMonth(month);
  const first = new Date(Date.UTC(year, index, 1));
  const lead = (first.getUTCDay() + 6) % 7; // days before the 1st back to Monday
  const daysInMonth = new Date(Date.UTC(year, index + 1, 0)).getUTCDate();
  const weeks = Math.ceil((lead + daysInMonth) / 7);
  const start = first.getTime() - lead * DAY_MS;
  return Array.from({ length: weeks }, (_, w) =>
    Array.from({ length: 7 }, (_, d) => {
      const date = new Date(start + (w * 7 + d) * DAY_MS);
      return { date: isoDay(date), day: date.getUTCDate(), inMonth: date.getUTCMonth() === index };
    }),
  );
}

/** Whether a meeting from `startDate` to `endDate` (inclusive) takes place on `day`. */
export function spansDay(meeting: { startDate: string; endDate: string }, day: string): boolean {
  return meeting.startDate <= day && day <= meeting.endDate;
}
