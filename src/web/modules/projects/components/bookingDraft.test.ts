import { describe, expect, it } from 'vitest';
import { localToday, toBookingBody } from './bookingDraft';

describe('toBookingBody', () => {
  it('sends the amount as typed, read as a decimal string, and leaves out an empty agreement', () => {
    expect(
      toBookingBody({
        kind: 'commitment',
        funder: 'KZ',
        amount: '1 250,50',
        currency: 'USD',
        valueDate: '2026-11-26',
        agreementNumber: '  ',
      }),
    ).toEqual({
      kind: 'commitment',
      funder: 'KZ',
      amount: '1250.50',
      currency: 'USD',
      valueDate: '2026-11-26',
    });
  });

  it('keeps an agreement number, trimmed', () => {
    const body = toBookingBody({
      kind: 'disbursement',
      funder: 'CN',
      amount: '0.10',
      currency: 'CNY',
      valueDate: '2026-01-02',
      agreementNumber: ' AG-7 ',
    });
    expect(body.agreementNumber).toBe('AG-7');
  });
});

describe('localToday', () => {
  it("writes the reader's calendar date", () => {
    expect(localToday(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});
