import { describe, expect, it } from 'vitest';
import { barFractions, MIN_VISIBLE_FRACTION, percent } from './chartScale';

describe('barFractions', () => {
  it('scales each amount to the largest', () => {
    const [a, b, c, d] = barFractions(['0.10', '0.30', '0.00', '0.15']);
    expect(a).toBeCloseTo(1 / 3, 12);
    expect([b, c]).toEqual([1, 0]);
    expect(d).toBeCloseTo(0.5, 12);
  });

  it('draws no bars when nothing was booked', () => {
    expect(barFractions(['0.00', '0.00'])).toEqual([0, 0]);
    expect(barFractions([])).toEqual([]);
  });

  it('keeps a small amount visible beside a very large one', () => {
    const [small, large] = barFractions(['0.01', '1250000000.00']);
    expect(small).toBe(MIN_VISIBLE_FRACTION);
    expect(large).toBe(1);
  });

  it('scales amounts beyond 2^53 without failing', () => {
    const [a, b] = barFractions(['999999999999999.99', '499999999999999.995']);
    expect(a).toBe(1);
    expect(b).toBeCloseTo(0.5, 12);
  });

  it('gives no bar to a negative or unreadable value', () => {
    expect(barFractions(['-5.00', 'abc', '5.00'])).toEqual([0, 0, 1]);
  });
});

describe('percent', () => {
  it('writes a fraction as an SVG percentage', () => {
    expect(percent(1 / 3)).toBe('33.33%');
    expect(percent(0)).toBe('0%');
    expect(percent(1)).toBe('100%');
  });
});
