import type { ContentLanguage } from '../../contracts/common';

/**
 * The UI languages. `code` is the BCP 47 tag used for i18next, localStorage and <html lang>; `intl` is
 * the locale handed to Intl (British English writes "4 July 2024"); `content` picks the matching field
 * of translated content `{ en, ru, zh }`. Autonyms stay untranslated on purpose: a reader looks for
 * their own language written in its own script.
 */
export const LANGUAGES = [
  { code: 'en', autonym: 'English', intl: 'en-GB', content: 'en' },
  { code: 'ru', autonym: 'Русский', intl: 'ru-RU', content: 'ru' },
  { code: 'zh-CN', autonym: '中文', intl: 'zh-CN', content: 'zh' },
] as const satisfies readonly { code: string; autonym: string; intl: string; content: ContentLanguage }[];

export type Language = (typeof LANGUAGES)[number]['code'];
export type LanguageInfo = (typeof LANGUAGES)[number];

export const DEFAULT_LANGUAGE: Language = 'en';
export const LANGUAGE_STORAGE_KEY = 'sco.language';

export function languageInfo(code: string | undefined): LanguageInfo {
  return LANGUAGES.find((l) => l.code === code) ?? LANGUAGES[0];
}
