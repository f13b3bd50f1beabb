import { describe, expect, it } from 'vitest';
import { missingPair, toRateBody } from './rateDraft';

describe('toRateBody', () => {
  it('sends the rate as a decimal string, a decimal comma read as a point', () => {
    expect(toRateBody({ base: 'USD', quote: 'EUR', rate: ' 0,92 ', date: '2026-11-02' })).toEqual({
      base: 'USD',
      quote: 'EUR',
      rate: '0.92',
      date: '2026-11-02',
    });
  });
});

describe('missingPair', () => {
  it("suggests the first pair the report lacks, from the summary's 'FROM/REPORT' names", () => {
    expect(missingPair(['RUB/USD', 'EUR/USD'])).toEqual({ base: 'RUB', quote: 'USD' });
  });

  it('suggests nothing when no rate is missing', () => {
    expect(missingPair([])).toBeNull();
    expect(missingPair(undefined)).toBeNull();
  });
});
