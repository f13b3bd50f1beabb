/** Helpers for reading filters from the address bar in a route's validateSearch. */

/** A code from the address bar, when it has the shape of one: 'KZ', 'HSC'. */
export function code(value: unknown, pattern: RegExp): string | undefined {
  return typeof value === 'string' && pattern.test(value.toUpperCase()) ? value.toUpperCase() : undefined;
}
export const STATE_CODE = /^[A-Z]{2}$/;
export const BODY_CODE = /^[A-Z]{2,10}$/;

/** Drops absent values, so that an unfiltered address stays clean ('/decisions', not '/decisions?status='). */
export function defined<T extends object>(search: T): T {
  return Object.fromEntries(Object.entries(search).filter(([, v]) => v !== undefined)) as T;
}

/** Search words from the address bar: trimmed, at most what the server accepts, absent when empty. */
export function words(value: unknown): string | undefined {
  const q = typeof value === 'string' || typeof value === 'number' ? String(value).trim().slice(0, 200) : '';
  return q || undefined;
}

/** A year from the address bar ('2024' or 2024), within the range the server filters on. */
export function year(value: unknown): number | undefined {
  const y = Number(value);
  return Number.isInteger(y) && y >= 1990 && y <= 2100 ? y : undefined;
}
