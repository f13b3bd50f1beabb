import { describe, expect, it } from 'vitest';
import { formatDecimal, formatMoney, normaliseAmount, parseDecimal } from './money';

describe('formatMoney', () => {
  it('keeps the decimals of the exact string', () => {
    expect(formatMoney('0.30', 'USD', 'en')).toBe('US$0.30');
    expect(formatMoney('8400000.00', 'EUR', 'en')).toBe('€8,400,000.00');
    expect(formatMoney('1200', 'JPY', 'en')).toBe('JP¥1,200');
    expect(formatMoney('12.345', 'KWD', 'en')).toBe('KWD\u00a012.345');
  });

  it('writes amounts beyond 2^53 exactly', () => {
    // As a float, 9007199254740993 would print as …992.
    expect(formatMoney('9007199254740993.01', 'USD', 'en')).toBe('US$9,007,199,254,740,993.01');
    expect(formatMoney('999999999999999.99', 'CNY', 'zh-CN')).toBe('¥999,999,999,999,999.99');
  });

  it('does not round the way a float would', () => {
    // 0.1 + 0.2 as floats is 0.30000000000000004; 1.005 rounds down as a float.
    expect(formatMoney('1.005', 'KWD', 'en')).toBe('KWD\u00a01.005');
    expect(formatMoney('0.29', 'USD', 'en')).toBe('US$0.29');
  });

  it('writes the number and the currency the way each UI language does', () => {
    expect(formatMoney('1250000.50', 'RUB', 'ru')).toBe('1\u00a0250\u00a0000,50\u00a0₽');
    expect(formatMoney('1250000.50', 'CNY', 'zh-CN')).toBe('¥1,250,000.50');
  });

  it('shows the code where the symbol would be a bare "$" or "¥" that names several currencies', () => {
    expect(formatMoney('25.00', 'USD', 'ru')).toBe('25,00\u00a0USD');
    expect(formatMoney('1200', 'JPY', 'ru')).toBe('1\u00a0200\u00a0JPY');
    expect(formatMoney('25.00', 'USD', 'zh-CN')).toBe('US$25.00');
    expect(formatMoney('25.00', 'CNY', 'zh-CN')).toBe('¥25.00');
    expect(formatMoney('25.00', 'EUR', 'ru')).toBe('25,00\u00a0€');
  });

  it('keeps the sign of a reversing entry, also under one', () => {
    expect(formatMoney('-0.10', 'USD', 'en')).toBe('-US$0.10');
    expect(formatMoney('-25.00', 'USD', 'ru')).toBe('-25,00\u00a0USD');
    expect(formatMoney('-0.00', 'USD', 'en')).toBe('US$0.00');
  });

  it('shows a string that is not a decimal as it is', () => {
    expect(formatMoney('n/a', 'USD', 'en')).toBe('n/a');
  });
});

describe('formatDecimal', () => {
  it('groups digits and keeps the given decimals', () => {
    expect(formatDecimal('1200.50', 'en')).toBe('1,200.50');
    expect(formatDecimal('-2.5', 'ru')).toBe('-2,5');
    expect(formatDecimal('1.0850', 'en')).toBe('1.0850');
    expect(formatDecimal('0.000001', 'zh-CN')).toBe('0.000001');
  });
});

describe('parseDecimal', () => {
  it('splits a decimal into exact parts', () => {
    expect(parseDecimal('-12.05')).toEqual({ negative: true, integer: 12n, fraction: '05' });
    expect(parseDecimal('7')).toEqual({ negative: false, integer: 7n, fraction: '' });
    expect(parseDecimal('1e3')).toBeNull();
  });
});

describe('normaliseAmount', () => {
  it('reads a decimal comma and spaces the way people type them', () => {
    expect(normaliseAmount('1 250,50')).toBe('1250.50');
    expect(normaliseAmount(' 0.10 ')).toBe('0.10');
    expect(normaliseAmount('1,250.50')).toBe('1,250.50');
  });
});
