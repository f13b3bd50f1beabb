import { currencyExponent } from '../../../contracts/finance';

/**
 * Exact money: amounts are integers of minor units (BigInt), parsed from and formatted to decimal
 * strings. Nothing here goes through a JavaScript number, so 0.10 + 0.20 is 0.30.
 */

export function exponentOf(currency: string): number {
  const exp = currencyExponent(currency);
  if (exp === undefined) throw new RangeError(`unknown currency ${currency}`);
  return exp;
}

const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?$/;

/** "12.30" in a 2-decimal currency -> 1230n. Throws a RangeError for more decimals than `exp`. */
export function parseMinor(amount: string, exp: number): bigint {
  const m = DECIMAL.exec(amount);
  if (!m) throw new RangeError(`not a decimal: ${amount}`);
  const frac = m[3] ?? '';
  if (frac.length > exp) throw new RangeError(`${amount} has more than ${exp} decimals`);
  const minor = BigInt(m[2]! + frac.padEnd(exp, '0'));
  return m[1] ? -minor : minor;
}

/** 1230n with exponent 2 -> "12.30"; always exactly `exp` decimals; "-0.30" for negatives. */
export function formatMinor(minor: bigint, exp: number): string {
  const negative = minor < 0n;
  const digits = (negative ? -minor : minor).toString().padStart(exp + 1, '0');
  const int = digits.slice(0, digits.length - exp);
  const frac = exp > 0 ? '.' + digits.slice(digits.length - exp) : '';
  return (negative ? '-' : '') + int + frac;
}

export const toMinor = (amount: string, currency: string) => parseMinor(amount, exponentOf(currency));
export const fromMinor = (minor: bigint, currency: string) => formatMinor(minor, exponentOf(currency));

export function sumMinor(values: Iterable<bigint>): bigint {
  let total = 0n;
  for (const v of values) total += v;
  return total;
}

/** A positive decimal as an integer and a scale: "0.0021" -> { digits: 21n, scale: 4 }. */
export interface Decimal {
  digits: bigint;
  scale: number;
}

export function parseDecimal(s: string): Decimal {
  const m = DECIMAL.exec(s);
  if (!m) throw new RangeError(`not a decimal: ${s}`);
  const frac = (m[3] ?? '').replace(/0+$/, '');
  const digits = BigInt(m[2]! + frac);
  return { digits: m[1] ? -digits : digits, scale: frac.length };
}

/** The canonical text of a decimal: no leading zeros, no trailing fractional zeros ("010.50" -> "10.5"). */
export function normaliseDecimal(s: string): string {
  const { digits, scale } = parseDecimal(s);
  return formatMinor(digits, scale);
}

const pow10 = (n: number) => 10n ** BigInt(n);

/** num / den rounded half to even (banker's rounding), for any signs; den must not be zero. */
export function divRoundHalfEven(num: bigint, den: bigint): bigint {
  if (den === 0n) throw new RangeError('division by zero');
  if (den < 0n) return divRoundHalfEven(-num, -den);
  const negative = num < 0n;
  const n = negative ? -num : num;
  let q = n / den;
  const twice = (n % den) * 2n;
  if (twice > den || (twice === den && q % 2n === 1n)) q += 1n;
  return negative ? -q : q;
}

/**
 * Converts minor units of one currency into minor units of another at `rate` (1 from = rate to), or at
 * its inverse (1 to = rate from) when `inverse`, rounding half to even once, at the end.
 */
export function convertMinor(
  minor: bigint,
  fromExp: number,
  toExp: number,
  rate: Decimal,
  inverse = false,
): bigint {
  const up = pow10(Math.max(0, toExp - fromExp));
  const down = pow10(Math.max(0, fromExp - toExp));
  return inverse
    ? divRoundHalfEven(minor * pow10(rate.scale) * up, rate.digits * down)
    : divRoundHalfEven(minor * rate.digits * up, pow10(rate.scale) * down);
}
