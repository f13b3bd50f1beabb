import { languageInfo } from '../i18n/languages';

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * Formats a partial date ('YYYY', 'YYYY-MM' or 'YYYY-MM-DD') to the precision the source gave, in the
 * UI language: '4 July 2024' / '4 июля 2024 г.' / '2024年7月4日', 'July 2024', '2024'. Inventing a day
 * or month the source did not give would misstate the record. Anything else is shown as it is.
 */
export function formatPartialDate(value: string, language: string | undefined): string {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return value;
  const [, year, month, day] = match;
  const options: Intl.DateTimeFormatOptions = day
    ? { day: 'numeric', month: 'long', year: 'numeric' }
    : month
      ? { month: 'long', year: 'numeric' }
      : { year: 'numeric' };
  // UTC on both sides: a calendar date must not shift a day in a time zone west of Greenwich.
  const date = new Date(Date.UTC(Number(year), month ? Number(month) - 1 : 0, day ? Number(day) : 1));
  return new Intl.DateTimeFormat(languageInfo(language).intl, { ...options, timeZone: 'UTC' }).format(date);
}

/** An instant (ISO 8601) as a local date and time in the UI language, to the minute: seconds are noise to a reader. */
export function formatInstant(iso: string, language: string | undefined): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(languageInfo(language).intl, {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(date);
}

/**
 * Orders partial dates by the first day they can mean, so '2026' sorts before '2026-03'. Plain string
 * comparison already does that for this format; the function names the intent.
 */
export function comparePartialDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The reader's IANA time zone, as the browser reports it. */
export function readerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** The reader's time zone as the reader calls it ('Central European Standard Time'), never its IANA id. */
export function readerTimeZoneName(language: string | undefined, at: Date = new Date()): string {
  return timeZoneName(readerTimeZone(), language, at);
}

/**
 * An instant as date and time in a time zone (the reader's by default), naming the zone:
 * '1 December 2026 at 13:00 Central European Standard Time'. A deadline without its zone is a guess.
 */
export function formatInstantInZone(iso: string, language: string | undefined, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(languageInfo(language).intl, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'long',
    ...(timeZone ? { timeZone } : {}),
  }).format(date);
}

/** The long name of a time zone in the UI language ('Kazakhstan Time', 'Центральная Европа, …'). */
export function timeZoneName(timeZone: string, language: string | undefined, at: Date = new Date()): string {
  try {
    const parts = new Intl.DateTimeFormat(languageInfo(language).intl, {
      timeZone,
      timeZoneName: 'long',
    }).formatToParts(at);
    return parts.find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
  } catch {
    return timeZone;
  }
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function utcDay(value: string): Date | null {
  const m = ISO_DATE.exec(value);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
}

/**
 * Calendar days from `start` to `end` (inclusive, 'YYYY-MM-DD'), as written in the UI language:
 * '3 – 4 July 2024', '3–4 июля 2024 г.', '2024年7月3日至4日'. ICU's Chinese interval patterns fall back to
 * numeric dates ('2024/7/3 – 2024/7/4'), so Chinese is composed here the way it is written.
 */
export function formatDateRange(start: string, end: string, language: string | undefined): string {
  const from = utcDay(start);
  const to = utcDay(end);
  if (!from || !to) return start === end ? start : `${start} – ${end}`;
  if (start === end) return formatPartialDate(start, language);
  const info = languageInfo(language);
  if (info.content === 'zh') {
    const sameYear = from.getUTCFullYear() === to.getUTCFullYear();
    const sameMonth = sameYear && from.getUTCMonth() === to.getUTCMonth();
    const tail = new Intl.DateTimeFormat(info.intl, {
      timeZone: 'UTC',
      ...(sameMonth
        ? { day: 'numeric' }
        : sameYear
          ? { month: 'long', day: 'numeric' }
          : { year: 'numeric', month: 'long', day: 'numeric' }),
    }).format(to);
    return `${formatPartialDate(start, language)}至${tail}`;
  }
  return new Intl.DateTimeFormat(info.intl, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).formatRange(from, to);
}

/**
 * The span between two instants as seen in a time zone: '10 January 2027, 09:30–18:00'. Chinese is
 * composed by hand for the same reason as in formatDateRange.
 */
export function formatInstantRange(
  startIso: string,
  endIso: string,
  language: string | undefined,
  timeZone: string,
): string {
  const from = new Date(startIso);
  const to = new Date(endIso);
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime())) return `${startIso} – ${endIso}`;
  const info = languageInfo(language);
  if (info.content === 'zh') {
    const day = new Intl.DateTimeFormat(info.intl, { dateStyle: 'long', timeZone });
    const time = new Intl.DateTimeFormat(info.intl, { timeStyle: 'short', timeZone });
    return day.format(from) === day.format(to)
      ? `${day.format(from)} ${time.format(from)}–${time.format(to)}`
      : `${day.format(from)} ${time.format(from)}至${day.format(to)} ${time.format(to)}`;
  }
  return new Intl.DateTimeFormat(info.intl, { dateStyle: 'long', timeStyle: 'short', timeZone }).formatRange(
    from,
    to,
  );
}
