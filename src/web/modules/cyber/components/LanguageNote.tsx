import { useTranslation } from 'react-i18next';
import type { ContentLanguage, TranslationKind } from '../api/practices';

interface LanguageNoteProps {
  wanted: ContentLanguage;
  shown: ContentLanguage;
  translation: TranslationKind;
}

/** Says when a text is not in the reader's language, and when it is a translation. */
export function LanguageNote({ wanted, shown, translation }: LanguageNoteProps) {
  const { t } = useTranslation('cyberPractices');
  if (wanted === shown && translation === 'original') return null;
  return (
    <p className="language-note" role="note">
      {wanted !== shown &&
        t('cyberPractices:fallback', {
          wanted: t(`cyberPractices:language.${wanted}`),
          shown: t(`cyberPractices:language.${shown}`),
        })}{' '}
      {translation !== 'original' && (
        <span className="translation-mark">{t(`cyberPractices:translation.${translation}`)}</span>
      )}
    </p>
  );
}
