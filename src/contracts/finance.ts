import { z } from 'zod';
import { IsoDate, onBehalfOf, stateFields } from './common';

/**
 * ISO 4217 currencies in current use with their minor-unit exponents (the number of decimals an amount
 * may carry). Fund codes, precious metals and units without a minor unit (XAU, XDR, ...) are left out:
 * nobody pledges in them. Every code here is also in OC4IDS's closed currency codelist (a test checks),
 * so exports never carry a code the standard refuses.
 */
// prettier-ignore
export const CURRENCY_EXPONENTS: Readonly<Record<string, number>> = {
  AED: 2, AFN: 2, ALL: 2, AMD: 2, ANG: 2, AOA: 2, ARS: 2, AUD: 2, AWG: 2, AZN: 2,
  BAM: 2, BBD: 2, BDT: 2, BGN: 2, BHD: 3, BIF: 0, BMD: 2, BND: 2, BOB: 2, BRL: 2,
  BSD: 2, BTN: 2, BWP: 2, BYN: 2, BZD: 2, CAD: 2, CDF: 2, CHF: 2, CLP: 0, CNY: 2,
  COP: 2, CRC: 2, CUP: 2, CVE: 2, CZK: 2, DJF: 0, DKK: 2, DOP: 2, DZD: 2, EGP: 2,
  ERN: 2, ETB: 2, EUR: 2, FJD: 2, FKP: 2, GBP: 2, GEL: 2, GHS: 2, GIP: 2, GMD: 2,
  GNF: 0, GTQ: 2, GYD: 2, HKD: 2, HNL: 2, HTG: 2, HUF: 2, IDR: 2, ILS: 2, INR: 2,
  IQD: 3, IRR: 2, ISK: 0, JMD: 2, JOD: 3, JPY: 0, KES: 2, KGS: 2, KHR: 2, KMF: 0,
  KPW: 2, KRW: 0, KWD: 3, KYD: 2, KZT: 2, LAK: 2, LBP: 2, LKR: 2, LRD: 2, LSL: 2,
  LYD: 3, MAD: 2, MDL: 2, MGA: 2, MKD: 2, MMK: 2, MNT: 2, MOP: 2, MRU: 2, MUR: 2,
  MVR: 2, MWK: 2, MXN: 2, MYR: 2, MZN: 2, NAD: 2, NGN: 2, NIO: 2, NOK: 2, NPR: 2,
  NZD: 2, OMR: 3, PAB: 2, PEN: 2, PGK: 2, PHP: 2, PKR: 2, PLN: 2, PYG: 0, QAR: 2,
  RON: 2, RSD: 2, RUB: 2, RWF: 0, SAR: 2, SBD: 2, SCR: 2, SDG: 2, SEK: 2, SGD: 2,
  SHP: 2, SOS: 2, SRD: 2, SSP: 2, STN: 2, SVC: 2, SYP: 2, SZL: 2, THB: 2, TJS: 2,
  TMT: 2, TND: 3, TOP: 2, TRY: 2, TTD: 2, TWD: 2, TZS: 2, UAH: 2, UGX: 0, USD: 2,
  UYU: 2, UZS: 2, VES: 2, VND: 0, VUV: 0, WST: 2, XAF: 0, XCD: 2, XOF: 0, XPF: 0,
  YER: 2, ZAR: 2, ZMW: 2, ZWL: 2,
};

export function currencyExponent(code: string): number | undefined {
  return Object.hasOwn(CURRENCY_EXPONENTS, code) ? CURRENCY_EXPONENTS[code] : undefined;
}

export const CurrencyCode = z
  .string()
  .regex(/^[A-Z]{3}$/, 'an ISO 4217 code in upper case')
  .refine((c) => currencyExponent(c) !== undefined, 'not an ISO 4217 currency in current use')
  .meta({ id: 'CurrencyCode', example: 'USD' });

/** A positive amount as a decimal string: money never travels as a JSON number. */
export const DecimalAmount = z
  .string()
  .regex(/^\d{1,15}(\.\d{1,3})?$/, 'a positive decimal string, e.g. "1250000.50"')
  .refine((s) => /[1-9]/.test(s), 'must be more than zero')
  .meta({ id: 'DecimalAmount', example: '0.30' });

const decimalsOf = (s: string) => s.split('.')[1]?.length ?? 0;

/** Amount + currency, where the amount carries no more decimals than the currency's minor unit. */
export const Money = z
  .strictObject({ amount: DecimalAmount, currency: CurrencyCode })
  .superRefine((m, ctx) => {
    const exp = currencyExponent(m.currency);
    if (exp !== undefined && decimalsOf(m.amount) > exp) {
      ctx.addIssue({
        code: 'custom',
        path: ['amount'],
        message: `${m.currency} has ${exp} decimal${exp === 1 ? '' : 's'}`,
      });
    }
  })
  .meta({ id: 'Money' });
export type Money = z.infer<typeof Money>;

export const MoneyDto = z
  .object({ amount: z.string().describe('exact decimal string'), currency: z.string() })
  .meta({ id: 'MoneyDto' });
export type MoneyDto = z.infer<typeof MoneyDto>;

/** A state (ISO 3166-1 alpha-2) or a registered organisation (its UUID). */
export const FunderRef = z
  .string()
  .regex(
    /^([A-Z]{2}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/,
    'a state code (KZ) or an organisation id',
  )
  .meta({ id: 'FunderRef', example: 'KZ' })
  .register(stateFields, { actsFor: true, party: true });

export const EntryKind = z.enum(['pledge', 'commitment', 'disbursement', 'expenditure']).meta({
  id: 'EntryKind',
  description:
    'pledge: non-binding intention; commitment: firm written obligation; disbursement: funds placed at the disposal of the project; expenditure: funds spent on goods and services',
});
export type EntryKind = z.infer<typeof EntryKind>;

/**
 * Pledges and commitments may be dated on a payment still to come (a planned entry); disbursements and
 * expenditures record what has happened, so their value date is never later than today.
 */
export function isPlannedKind(kind: EntryKind): boolean {
  return kind === 'pledge' || kind === 'commitment';
}

export const BookTransactionBody = z
  .strictObject({
    kind: EntryKind,
    funder: onBehalfOf(FunderRef),
    amount: DecimalAmount,
    currency: CurrencyCode,
    valueDate: IsoDate,
    agreementNumber: z.string().trim().min(1).max(100).optional(),
  })
  .superRefine((b, ctx) => {
    const exp = currencyExponent(b.currency);
    if (exp !== undefined && decimalsOf(b.amount) > exp) {
      ctx.addIssue({ code: 'custom', path: ['amount'], message: `${b.currency} has ${exp} decimals` });
    }
  })
  .meta({ id: 'BookTransaction' });
export type BookTransactionBody = z.infer<typeof BookTransactionBody>;

export const ReverseTransactionBody = z
  .strictObject({ reason: z.string().trim().min(1).max(2000) })
  .meta({ id: 'ReverseTransaction' });

export const LedgerEntryDto = z
  .object({
    id: z.string(),
    projectId: z.string(),
    kind: EntryKind,
    funder: z.string(),
    amount: z.string().describe('exact decimal; negative for a reversing entry'),
    currency: z.string(),
    valueDate: z.string(),
    agreementNumber: z.string().nullable(),
    reverses: z.string().nullable().describe('the entry this one reverses'),
    reversedBy: z.string().nullable(),
    reason: z.string().nullable(),
    bookedAt: z.string(),
  })
  .meta({ id: 'LedgerEntry' });
export type LedgerEntryDto = z.infer<typeof LedgerEntryDto>;

export const KindTotals = z.object({
  pledge: z.string(),
  commitment: z.string(),
  disbursement: z.string(),
  expenditure: z.string(),
});

export const RateDto = z
  .object({
    base: z.string(),
    quote: z.string(),
    rate: z.string().describe('1 base = rate quote'),
    date: z.string(),
  })
  .meta({ id: 'ExchangeRate' });
export type RateDto = z.infer<typeof RateDto>;

export const FinanceSummaryDto = z
  .object({
    projectId: z.string(),
    totals: z
      .array(z.object({ currency: z.string() }).extend(KindTotals.shape))
      .describe('net totals per currency (reversals included), exact decimal strings'),
    byFunder: z.array(z.object({ funder: z.string(), currency: z.string() }).extend(KindTotals.shape)),
    estimatedCost: MoneyDto,
    reportCurrency: z.string(),
    converted: KindTotals.nullable().describe('every currency converted to reportCurrency'),
    rates: z.array(RateDto.extend({ inverse: z.boolean() })).describe('the rates used, with their dates'),
    gap: MoneyDto.nullable().describe(
      'estimated cost minus net commitments, in reportCurrency; negative when over-committed',
    ),
    gapReason: z
      .object({ code: z.literal('no_rate'), missing: z.array(z.string()) })
      .nullable()
      .describe('why gap is null: the currency pairs without a rate on or before today'),
    asOf: z.string().describe('the day whose rates were used'),
  })
  .meta({ id: 'FinanceSummary' });
export type FinanceSummaryDto = z.infer<typeof FinanceSummaryDto>;

export const FinanceQuery = z.strictObject({
  reportCurrency: CurrencyCode.optional().describe("default: the estimated cost's currency"),
});

export const RecordRateBody = z
  .strictObject({
    base: CurrencyCode,
    quote: CurrencyCode,
    rate: z
      .string()
      .regex(/^\d{1,12}(\.\d{1,12})?$/, 'a positive decimal string, e.g. "0.0021"')
      .meta({ example: '0.0021' })
      .refine((s) => /[1-9]/.test(s), 'must be more than zero'),
    date: IsoDate,
  })
  .refine((r) => r.base !== r.quote, { message: 'base and quote must differ', path: ['quote'] })
  .meta({ id: 'RecordRate', example: { base: 'KZT', quote: 'USD', rate: '0.0021', date: '2026-03-01' } });
export type RecordRateBody = z.infer<typeof RecordRateBody>;

export const RatesQuery = z.strictObject({
  base: CurrencyCode.optional(),
  quote: CurrencyCode.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const CurrencyDto = z.object({ code: z.string(), exponent: z.number().int() });

/** Any POST may carry one; a retry with the same key and body returns the first answer. */
export const IdempotencyHeaders = z.looseObject({
  'idempotency-key': z
    .string()
    .regex(/^[\x21-\x7e]{1,255}$/, '1 to 255 visible ASCII characters')
    .optional()
    .describe('a client-chosen key; a retry with the same key and body never books twice'),
});
