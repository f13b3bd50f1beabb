import { describe, expect, it } from 'vitest';
import { localized } from './localized';

const belarus = { en: 'Belarus', ru: 'Беларусь', zh: '白俄罗斯' };

describe('localized', () => {
  it('picks the content language of the UI language', () => {
    expect(localized(belarus, 'en')).toBe('Belarus');
    expect(localized(belarus, 'ru')).toBe('Беларусь');
    expect(localized(belarus, 'zh-CN')).toBe('白俄罗斯');
  });

  it('falls back to English for an unknown language or a missing translation', () => {
    expect(localized(belarus, 'de')).toBe('Belarus');
    expect(localized({ ...belarus, zh: '' }, 'zh-CN')).toBe('Belarus');
  });
});
