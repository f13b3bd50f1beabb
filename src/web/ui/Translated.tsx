import { useTranslation } from 'react-i18next';
import type { ContentLanguage, TranslatedText } from '../../contracts/common';
import { languageInfo } from '../i18n/languages';
import { useLanguage } from './useLanguage';

const HTML_LANG: Record<ContentLanguage, string> = { en: 'en', ru: 'ru', zh: 'zh-CN' };

/** The version of stored reference text a reader gets: their language, or English where there is none. */
export function pickTranslated(value: TranslatedText, language: string | undefined) {
  const wanted = languageInfo(language).content;
  const shown: ContentLanguage = value[wanted] ? wanted : 'en';
  return { text: value[shown], lang: HTML_LANG[shown], working: !!value.working?.includes(shown) };
}

/**
 * Stored reference content (a source note, a place, a summit) in the reader's language, marked when that
 * version is the platform's working translation rather than the source's words (ADR 0079).
 */
export function Translated({ value }: { value: TranslatedText }) {
  const { code } = useLanguage();
  const { text, lang, working } = pickTranslated(value, code);
  return (
    <>
      <span lang={lang}>{text}</span>
      {working && <WorkingTranslationMark />}
    </>
  );
}

/** Says that the text just before it is the platform's working translation. */
export function WorkingTranslationMark() {
  const { t } = useTranslation('common');
  return (
    <small className="working-translation" title={t('common:workingTranslation.long')}>
      {' '}
      ({t('common:workingTranslation.short')})
    </small>
  );
}
