import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CURRENCY_EXPONENTS } from '../../../contracts/finance';
import {
  convertMinor,
  divRoundHalfEven,
  formatMinor,
  fromMinor,
  normaliseDecimal,
  parseDecimal,
  parseMinor,
  sumMinor,
  toMinor,
} from './money';

/** Exponents that occur: JPY 0, USD 2, KWD 3 (and CLF-like 4 for the arithmetic alone). */
const exponent = fc.constantFrom(0, 2, 3, 4);
const minorUnits = fc.bigInt({ min: -(10n ** 18n), max: 10n ** 18n });

/** A decimal string with at most `exp` decimals, e.g. "001.5" (leading zeros included on purpose). */
const decimalFor = (exp: number) =>
  fc
    .tuple(
      fc.stringMatching(/^\d{1,15}$/),
      exp === 0 ? fc.constant('') : fc.stringMatching(new RegExp(`^\\d{1,${exp}}$`)),
    )
    .map(([int, frac]) => (frac ? `${int}.${frac}` : int));

describe('exact money', () => {
  it('adds 0.10 and 0.20 to exactly 0.30, where floats give 0.30000000000000004', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(fromMinor(toMinor('0.10', 'USD') + toMinor('0.20', 'USD'), 'USD')).toBe('0.30');
  });

  it('formats in the currency exponent: 0 decimals for JPY, 3 for KWD and BHD', () => {
    expect(fromMinor(toMinor('1500', 'JPY'), 'JPY')).toBe('1500');
    expect(fromMinor(toMinor('0.001', 'KWD') * 3n, 'KWD')).toBe('0.003');
    expect(fromMinor(toMinor('12.5', 'BHD'), 'BHD')).toBe('12.500');
    expect(fromMinor(-toMinor('0.3', 'EUR'), 'EUR')).toBe('-0.30');
    expect(fromMinor(0n, 'USD')).toBe('0.00');
  });

  it('refuses more decimals than the currency has instead of rounding them away', () => {
    expect(() => toMinor('1.5', 'JPY')).toThrow(RangeError);
    expect(() => toMinor('0.0001', 'KWD')).toThrow(RangeError);
    expect(() => toMinor('1e3', 'USD')).toThrow(RangeError);
    expect(() => toMinor('1', 'XXX')).toThrow(RangeError);
  });

  it('knows the exponents of the SCO members, partners and the major currencies', () => {
    const expected: Record<string, number> = { USD: 2, EUR: 2, GBP: 2, CHF: 2, JPY: 0, CNY: 2, RUB: 2 };
    Object.assign(expected, { KZT: 2, KGS: 2, TJS: 2, UZS: 2, INR: 2, PKR: 2, IRR: 2, BYN: 2 });
    Object.assign(expected, { MNT: 2, AFN: 2, TRY: 2, AZN: 2, AMD: 2, KHR: 2, NPR: 2, LKR: 2, EGP: 2 });
    Object.assign(expected, { QAR: 2, SAR: 2, BHD: 3, KWD: 3, AED: 2, MVR: 2, MMK: 2, LAK: 2 });
    for (const [code, exp] of Object.entries(expected)) expect(CURRENCY_EXPONENTS[code], code).toBe(exp);
  });

  it('round-trips minor units through their decimal text, for every exponent', () => {
    fc.assert(
      fc.property(minorUnits, exponent, (minor, exp) => {
        expect(parseMinor(formatMinor(minor, exp), exp)).toBe(minor);
      }),
    );
  });

  it('parses any decimal with at most the exponent in decimals, and formats it back padded', () => {
    fc.assert(
      fc.property(
        exponent.chain((exp) => fc.tuple(fc.constant(exp), decimalFor(exp))),
        ([exp, text]) => {
          const [int, frac = ''] = text.split('.');
          const expected = BigInt(int!).toString() + (exp ? '.' + frac.padEnd(exp, '0') : '');
          expect(formatMinor(parseMinor(text, exp), exp)).toBe(expected);
        },
      ),
    );
  });

  it('sums parsed amounts exactly: the text of the sum is the sum of the units', () => {
    fc.assert(
      fc.property(fc.array(minorUnits, { maxLength: 50 }), exponent, (units, exp) => {
        const parsed = units.map((u) => parseMinor(formatMinor(u, exp), exp));
        expect(formatMinor(sumMinor(parsed), exp)).toBe(formatMinor(sumMinor(units), exp));
        expect(sumMinor(parsed)).toBe(sumMinor([...parsed].reverse()));
      }),
    );
  });

  it('adds n times 0.10 to exactly n/10, however many times', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5000 }), (n) => {
        const total = sumMinor(Array.from({ length: n }, () => toMinor('0.10', 'USD')));
        expect(fromMinor(total, 'USD')).toBe(`${Math.floor(n / 10)}.${n % 10}0`);
      }),
    );
  });

  it('normalises decimals without changing their value', () => {
    expect(normaliseDecimal('010.500')).toBe('10.5');
    expect(normaliseDecimal('0.0021')).toBe('0.0021');
    expect(normaliseDecimal('-0')).toBe('0');
    expect(parseDecimal('1.250')).toEqual({ digits: 125n, scale: 2 });
  });
});

describe('rounding and conversion', () => {
  const nonZero = fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }).filter((d) => d !== 0n);

  it('rounds to the nearest integer, ties to even', () => {
    expect([5n, 15n, 25n, -5n, -15n].map((n) => divRoundHalfEven(n, 10n))).toEqual([0n, 2n, 2n, 0n, -2n]);
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 24n), max: 10n ** 24n }), nonZero, (num, den) => {
        const q = divRoundHalfEven(num, den);
        const err = q * den - num;
        const abs = (x: bigint) => (x < 0n ? -x : x);
        expect(2n * abs(err)).toBeLessThanOrEqual(abs(den));
        if (2n * abs(err) === abs(den)) expect(q % 2n).toBe(0n);
      }),
    );
  });

  it('converts at rate 1 without change between currencies of the same exponent', () => {
    fc.assert(
      fc.property(minorUnits, exponent, (minor, exp) => {
        expect(convertMinor(minor, exp, exp, parseDecimal('1'))).toBe(minor);
      }),
    );
  });

  it('converts KZT to USD and USD to JPY at a stated rate, exactly', () => {
    // 1 KZT = 0.0021 USD: 1,000,000.00 KZT -> 2,100.00 USD
    expect(fromMinor(convertMinor(toMinor('1000000', 'KZT'), 2, 2, parseDecimal('0.0021')), 'USD')).toBe(
      '2100.00',
    );
    // 1 USD = 151.237 JPY: 10.00 USD -> 1512 JPY (1512.37 rounded)
    expect(convertMinor(toMinor('10', 'USD'), 2, 0, parseDecimal('151.237'))).toBe(1512n);
    // 1 KWD = 3.25 USD, the other way round: 3.25 USD -> 1.000 KWD
    expect(convertMinor(toMinor('3.25', 'USD'), 2, 3, parseDecimal('3.25'), true)).toBe(1000n);
  });

  it('lands within half a minor unit of the exact value, at a rate and at its inverse', () => {
    const abs = (x: bigint) => (x < 0n ? -x : x);
    const p10 = (n: number) => 10n ** BigInt(n);
    fc.assert(
      fc.property(
        minorUnits,
        exponent,
        exponent,
        fc.bigInt({ min: 1n, max: 10n ** 9n }),
        fc.integer({ min: 0, max: 8 }),
        (minor, fromExp, toExp, digits, scale) => {
          // Direct: to = minor * digits / 10^scale, rescaled from 10^-fromExp to 10^-toExp units.
          const direct = convertMinor(minor, fromExp, toExp, { digits, scale });
          const den = p10(scale + fromExp);
          expect(2n * abs(direct * den - minor * digits * p10(toExp))).toBeLessThanOrEqual(den);
          // Inverse: to = minor * 10^scale / digits, rescaled likewise.
          const inverse = convertMinor(minor, fromExp, toExp, { digits, scale }, true);
          const invDen = digits * p10(fromExp);
          expect(2n * abs(inverse * invDen - minor * p10(scale + toExp))).toBeLessThanOrEqual(invDen);
        },
      ),
    );
  });
});
