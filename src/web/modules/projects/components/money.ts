import { languageInfo } from '../../../i18n/languages';

/** An exact decimal as the server writes it: '1250000.50', '-0.10', '1200'. */
const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

export interface DecimalParts {
  negative: boolean;
  integer: bigint;
  /** The digits after the point, as given ('50' in '0.50'). */
  fraction: string;
}

/** Splits a decimal string into exact parts; null for anything else. '-0.00' is not negative. */
export function parseDecimal(value: string): DecimalParts | null {
  const m = DECIMAL.exec(value.trim());
  if (!m) return null;
  const [, sign, int, fraction = ''] = m as unknown as [string, string, string, string | undefined];
  const integer = BigInt(int);
  return { negative: sign === '-' && (integer > 0n || /[1-9]/.test(fraction)), integer, fraction };
}

/**
 * Formats an exact decimal string with Intl in the UI language without passing it through a float:
 * Intl lays out the integer part as a BigInt (exact at any size: grouping, sign, currency symbol and
 * its place), and the fraction's digits are put back as the string gave them, in the locale's digits.
 * The string's own number of decimals is kept ('0.30' stays '0.30', not '0.3').
 */
function formatExact(value: string, intl: string, options: Intl.NumberFormatOptions): string {
  const parts = parseDecimal(value);
  if (!parts) return value;
  const digits = parts.fraction.length;
  const format = new Intl.NumberFormat(intl, {
    ...options,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  // BigInt has no -0: a negative amount under one is laid out from -1 and its integer part set to 0.
  const belowOne = parts.integer === 0n;
  const standIn = parts.negative ? -(belowOne ? 1n : parts.integer) : parts.integer;
  const localDigits = (digitString: string) =>
    // A leading 1 keeps leading zeros ('05'); it is cut off again after formatting.
    new Intl.NumberFormat(intl, { useGrouping: false }).format(BigInt(`1${digitString}`)).slice(1);
  return format
    .formatToParts(standIn)
    .map((p) => {
      if (p.type === 'fraction') return localDigits(parts.fraction);
      if (p.type === 'integer' && parts.negative && belowOne) return localDigits('0');
      return p.value;
    })
    .join('');
}

/** A decimal string as a number in the UI language: '1200.5' → '1,200.5' / '1 200,5' / '1,200.5'. */
export function formatDecimal(value: string, language: string | undefined): string {
  return formatExact(value, languageInfo(language).intl, {});
}

/**
 * Symbols that name several currencies: Russian writes US dollars as a bare "$" and yen as "¥", which
 * a reader cannot tell from other dollars or from the yuan. The code is shown instead ("USD"), except
 * for the reader's own currency (¥ is the yuan in Chinese).
 */
const AMBIGUOUS_SYMBOLS = new Set(['$', '¥']);
const HOME_CURRENCY: Record<string, string> = { zh: 'CNY', ru: 'RUB' };

function currencyDisplay(intl: string, currency: string): Intl.NumberFormatOptions['currencyDisplay'] {
  if (HOME_CURRENCY[intl.slice(0, 2)] === currency) return 'symbol';
  const symbol = new Intl.NumberFormat(intl, { style: 'currency', currency })
    .formatToParts(0)
    .find((p) => p.type === 'currency')?.value;
  return symbol && AMBIGUOUS_SYMBOLS.has(symbol) ? 'code' : 'symbol';
}

/**
 * An amount of money in the UI language: ('8400000.00', 'EUR') → '€8,400,000.00' / '8 400 000,00 €';
 * ('25.00', 'USD') in Russian → '25,00 USD', not '25,00 $'.
 */
export function formatMoney(amount: string, currency: string, language: string | undefined): string {
  const intl = languageInfo(language).intl;
  try {
    return formatExact(amount, intl, {
      style: 'currency',
      currency,
      currencyDisplay: currencyDisplay(intl, currency),
    });
  } catch {
    // A code Intl does not know is shown after the number rather than failing the page.
    return `${formatExact(amount, intl, {})} ${currency}`;
  }
}

/**
 * What a person typed as an amount, as the server reads it: spaces dropped and a decimal comma
 * ('1 250,50', as Russian writes it) turned into a point. Anything else is left for the server to refuse.
 */
export function normaliseAmount(typed: string): string {
  const compact = typed.replace(/[\s\u00a0\u202f]/g, '');
  return /^\d+,\d+$/.test(compact) ? compact.replace(',', '.') : compact;
}

/**
 * What a person typed as a measure (an indicator's value, which may be negative), as the server reads
 * it: like an amount, and a typographic minus sign ('−2,5') read as a hyphen-minus.
 */
export function normaliseMeasure(typed: string): string {
  const compact = typed.replace(/[\s\u00a0\u202f]/g, '').replace(/^\u2212/, '-');
  const negative = compact.startsWith('-');
  const magnitude = normaliseAmount(negative ? compact.slice(1) : compact);
  return negative ? `-${magnitude}` : magnitude;
}
