import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EntryKind } from '../../../contracts/finance';
import type { TotalRow } from './finance.repository';
import { fromMinor, parseDecimal, convertMinor } from './money';
import { buildSummary, type RateUse } from './summary';

const KINDS: EntryKind[] = ['pledge', 'commitment', 'disbursement', 'expenditure'];
const rate = (base: string, quote: string, r: string, inverse = false): RateUse => ({
  rate: { base, quote, rate: r, date: '2026-01-01' },
  inverse,
});

const rowArb = fc.record({
  kind: fc.constantFrom(...KINDS),
  funder: fc.constantFrom('KZ', 'RU', 'org'),
  currency: fc.constantFrom('USD', 'KWD', 'JPY'),
  total: fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }),
});

describe('finance summary', () => {
  it('totals per currency equal the sum over funders, and the gap is the cost minus commitments', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(rowArb, { selector: (r) => `${r.kind}${r.funder}${r.currency}` }),
        (rows: TotalRow[]) => {
          const s = buildSummary({
            projectId: 'p',
            rows,
            estimatedCost: { minor: 10n ** 9n, currency: 'USD' },
            reportCurrency: 'USD',
            rates: new Map([
              ['KWD', rate('KWD', 'USD', '3.25')],
              ['JPY', rate('USD', 'JPY', '150', true)],
            ]),
            asOf: '2026-01-02',
          });
          for (const t of s.totals) {
            for (const k of KINDS) {
              const sum = rows
                .filter((r) => r.currency === t.currency && r.kind === k)
                .reduce((a, r) => a + r.total, 0n);
              expect(t[k]).toBe(fromMinor(sum, t.currency));
            }
          }
          const committed = ['USD', 'KWD', 'JPY'].reduce((acc, c) => {
            const sum = rows
              .filter((r) => r.currency === c && r.kind === 'commitment')
              .reduce((a, r) => a + r.total, 0n);
            if (!rows.some((r) => r.currency === c)) return acc;
            const exp = { USD: 2, KWD: 3, JPY: 0 }[c]!;
            const conv =
              c === 'USD'
                ? sum
                : c === 'KWD'
                  ? convertMinor(sum, exp, 2, parseDecimal('3.25'))
                  : convertMinor(sum, 0, 2, parseDecimal('150'), true);
            return acc + conv;
          }, 0n);
          expect(s.gap).toEqual({ amount: fromMinor(10n ** 9n - committed, 'USD'), currency: 'USD' });
        },
      ),
    );
  });

  it('gives no gap, with the pairs missing, when a currency has no rate', () => {
    const s = buildSummary({
      projectId: 'p',
      rows: [{ kind: 'commitment', funder: 'KZ', currency: 'KZT', total: 100n }],
      estimatedCost: { minor: 1000n, currency: 'EUR' },
      reportCurrency: 'USD',
      rates: new Map([
        ['KZT', null],
        ['EUR', rate('EUR', 'USD', '1.08')],
      ]),
      asOf: '2026-01-02',
    });
    expect(s).toMatchObject({
      gap: null,
      converted: null,
      gapReason: { code: 'no_rate', missing: ['KZT/USD'] },
    });
    expect(s.totals).toEqual([
      { currency: 'KZT', pledge: '0.00', commitment: '1.00', disbursement: '0.00', expenditure: '0.00' },
    ]);
  });
});
