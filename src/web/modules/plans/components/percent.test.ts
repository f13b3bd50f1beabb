import { describe, expect, it } from 'vitest';
import { formatPercent } from './percent';

describe('formatPercent', () => {
  it('writes a percentage the way the UI language does', () => {
    expect(formatPercent(75, 'en')).toBe('75%');
    expect(formatPercent(75, 'ru')).toBe('75\u00a0%');
    expect(formatPercent(75, 'zh-CN')).toBe('75%');
  });

  it('keeps a tenth and never rounds up to done', () => {
    expect(formatPercent(33.33, 'en')).toBe('33.3%');
    expect(formatPercent(99.96, 'en')).toBe('99.9%');
    expect(formatPercent(100, 'en')).toBe('100%');
  });
});
