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

/** An instant (ISO 8601) as a local date and time in the UI language. */
export function formatInstant(iso: string, language: string | undefined): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(languageInfo(language).intl, {
    dateStyle: 'medium',
    timeStyle: 'medium',
  }).format(date);
}

/**
 * Orders partial dates by the first day they can mean, so '2026' sorts before '2026-03'. Plain string
 * comparison already does that for this format; the function names the intent.
 */
export function comparePartialDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
