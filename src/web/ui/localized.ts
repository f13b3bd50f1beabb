import type { Localized } from '../../contracts/common';
import { languageInfo } from '../i18n/languages';

/** Picks the version of translated content for a UI language; English stands in for a missing one. */
export function localized(value: Localized, language: string | undefined): string {
  return value[languageInfo(language).content] || value.en;
}
