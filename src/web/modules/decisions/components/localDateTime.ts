/*
 * <input type="datetime-local"> speaks the reader's wall-clock time without a zone ('2026-12-01T13:00');
 * the API wants an instant. The browser's Date reads and writes such strings in the reader's zone.
 */

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** '2026-12-01T13:00' in the reader's zone -> '2026-12-01T12:00:00.000Z'; undefined if not a time. */
export function localInputToInstant(value: string): string | undefined {
  const m = LOCAL.exec(value);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s] = m;
  const date = new Date(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? 0));
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An instant as the value of a datetime-local input in the reader's zone, to the minute. */
export function instantToLocalInput(iso: string | Date): string {
  const date = new Date(iso);
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}`
  );
}

/** The calendar date of an instant in the reader's zone, 'YYYY-MM-DD' (today by default). */
export function localDate(at: Date = new Date()): string {
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}
