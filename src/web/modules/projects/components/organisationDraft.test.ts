import { describe, expect, it } from 'vitest';
import { ISO_COUNTRY_CODES } from './countryCodes';
import { toOrganisationBody } from './organisationDraft';

describe('toOrganisationBody', () => {
  it('trims the name in each language and leaves out an empty website', () => {
    const name = { en: ' Example Bank ', ru: ' Пример банка ', zh: '' };
    expect(toOrganisationBody({ name, kind: 'bank', country: 'DE', website: ' ' })).toEqual({
      name: { en: 'Example Bank', ru: 'Пример банка', zh: '' },
      kind: 'bank',
      country: 'DE',
    });
  });

  it('keeps a website, trimmed', () => {
    const body = toOrganisationBody({
      name: { en: 'Fund', ru: '', zh: '' },
      kind: 'fund',
      country: 'KZ',
      website: ' https://fund.example ',
    });
    expect(body.website).toBe('https://fund.example');
  });
});

describe('ISO_COUNTRY_CODES', () => {
  it('holds every ISO 3166-1 country, not only the SCO family', () => {
    expect(ISO_COUNTRY_CODES).toContain('DE');
    expect(ISO_COUNTRY_CODES).toContain('KZ');
    expect(ISO_COUNTRY_CODES.length).toBeGreaterThan(240);
    expect(ISO_COUNTRY_CODES.every((c) => /^[A-Z]{2}$/.test(c))).toBe(true);
    expect(new Set(ISO_COUNTRY_CODES).size).toBe(ISO_COUNTRY_CODES.length);
  });
});
