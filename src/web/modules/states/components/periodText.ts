import type { TFunction } from 'i18next';
import { formatPartialDate } from '../../../ui/dates';

/** "2015 – 4 July 2024", "since 4 July 2024"; word order differs by language, hence whole phrases. */
export function periodText(t: TFunction, from: string | null, to: string | null, language: string): string {
  const f = from ? formatPartialDate(from, language) : null;
  const u = to ? formatPartialDate(to, language) : null;
  if (f && u) return t('states:period.range', { from: f, to: u });
  if (f) return t('states:period.since', { from: f });
  if (u) return t('states:period.until', { to: u });
  return t('states:unknownDate');
}
