import codes from 'i18n-iso-countries/codes.json';

/**
 * Every ISO 3166-1 alpha-2 code, from the same list the server checks organisations' countries
 * against: banks and companies come from anywhere, not only from the SCO's states.
 */
export const ISO_COUNTRY_CODES: readonly string[] = (codes as string[][]).map((c) => c[0]!);
