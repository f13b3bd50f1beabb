/**
 * Indicator values keep their decimals exactly as measured ("12.50" stays "12.50"); only the integer
 * part is normalised ("007" -> "7", "-0" -> "0") so that equal values are stored alike.
 */
export function normaliseMeasure(s: string): string {
  const m = /^(-)?(\d+)(?:\.(\d+))?$/.exec(s);
  if (!m) throw new RangeError(`not a decimal: ${s}`);
  const int = m[2]!.replace(/^0+(?=\d)/, '');
  const frac = m[3] ? `.${m[3]}` : '';
  const zero = /^0+$/.test(int + (m[3] ?? ''));
  return (m[1] && !zero ? '-' : '') + int + frac;
}
