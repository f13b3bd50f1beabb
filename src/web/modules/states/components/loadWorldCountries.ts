import type { WorldCountry } from './worldCountries';

/**
 * The world's countries for maps drawn in other modules, loaded on first use: the atlas is most of the
 * app's weight, so it stays out of the first download.
 */
export function loadWorldCountries(): Promise<WorldCountry[]> {
  return import('./worldCountries').then((m) => m.WORLD_COUNTRIES);
}
