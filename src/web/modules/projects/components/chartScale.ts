/** The shortest bar drawn for an amount above zero, so that it never looks like nothing. */
export const MIN_VISIBLE_FRACTION = 0.005;

/**
 * Bar lengths, as fractions of the longest bar, for exact decimal strings. Only the length goes
 * through a float (precision far beyond a pixel); the amounts shown beside the bars stay the strings.
 * Zero, negative and unreadable values get no bar.
 */
export function barFractions(values: readonly string[]): number[] {
  const numbers = values.map((v) => {
    const n = /^-?\d+(\.\d+)?$/.test(v.trim()) ? Number(v) : 0;
    return Number.isFinite(n) && n > 0 ? n : 0;
  });
  const longest = Math.max(0, ...numbers);
  if (longest === 0) return numbers.map(() => 0);
  return numbers.map((n) => (n === 0 ? 0 : Math.max(MIN_VISIBLE_FRACTION, n / longest)));
}

/** A fraction as an SVG length in percent, rounded to what a screen can show. */
export function percent(fraction: number): string {
  return `${Math.round(fraction * 10_000) / 100}%`;
}
