import { useTranslation } from 'react-i18next';
import { languageInfo, type LanguageInfo } from '../i18n/languages';

/** The current UI language; components re-render when it changes. */
export function useLanguage(): LanguageInfo {
  const { i18n } = useTranslation();
  return languageInfo(i18n.resolvedLanguage);
}
