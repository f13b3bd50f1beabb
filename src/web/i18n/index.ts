import i18n from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, LANGUAGE_STORAGE_KEY, LANGUAGES, languageInfo } from './languages';
import { NAMESPACES, resources } from './resources';

function reflectLanguage(lng: string | undefined) {
  if (typeof document !== 'undefined') document.documentElement.lang = languageInfo(lng).code;
}

i18n.on('languageChanged', () => reflectLanguage(i18n.resolvedLanguage));

void i18n
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    resources,
    supportedLngs: LANGUAGES.map((l) => l.code),
    fallbackLng: DEFAULT_LANGUAGE,
    load: 'currentOnly',
    ns: NAMESPACES,
    defaultNS: 'common',
    // Keys are flat: error codes such as `auth.invalid_credentials` are keys as they are.
    keySeparator: false,
    nsSeparator: ':',
    interpolation: { escapeValue: false },
    returnEmptyString: false,
    initAsync: false,
    detection: {
      order: ['localStorage', 'navigator'],
      lookupLocalStorage: LANGUAGE_STORAGE_KEY,
      caches: ['localStorage'],
    },
    react: { useSuspense: false },
  });

reflectLanguage(i18n.resolvedLanguage);

export { i18n };
