import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContentLanguage } from '../../../../contracts/common';
import type { DecisionDto } from '../../../../contracts/decisions';
import { LANGUAGES } from '../../../i18n/languages';
import { useLanguage } from '../../../ui/useLanguage';

interface DecisionTextProps {
  title: DecisionDto['title'];
  text: DecisionDto['text'];
  authenticLanguages: DecisionDto['authenticLanguages'];
}

/**
 * The draft in the reader's language first (or, lacking it, in an authentic language), with a switch
 * to each of the three versions. The Russian
 * and Chinese versions are the authentic ones (the SCO's official languages); the switch says so.
 */
export function DecisionText({ title, text, authenticLanguages }: DecisionTextProps) {
  const { t } = useTranslation('decisions');
  const reader = useLanguage();
  const [chosen, setChosen] = useState<ContentLanguage | null>(null);
  const isAuthentic = (l: ContentLanguage) => (authenticLanguages as string[]).includes(l);
  const hasText = (l: ContentLanguage) => !!text?.[l]?.trim();
  // Without a text in the reader's language, an authentic version that has one comes first.
  const preferred = hasText(reader.content)
    ? reader.content
    : (authenticLanguages.find(hasText) ?? reader.content);
  const shown = LANGUAGES.find((l) => l.content === (chosen ?? preferred)) ?? LANGUAGES[0];
  const body = text?.[shown.content]?.trim() ?? '';

  return (
    <section aria-labelledby="text-heading" className="decision-text">
      <h2 id="text-heading">{t('decisions:text.title')}</h2>
      <p className="field__hint">{t('decisions:text.authenticNote')}</p>
      <div className="segmented" role="group" aria-label={t('decisions:text.switchLabel')}>
        {LANGUAGES.map((l) => (
          <button
            key={l.code}
            type="button"
            className="segmented__option"
            aria-pressed={l.content === shown.content}
            onClick={() => setChosen(l.content)}
          >
            <span lang={l.code}>{l.autonym}</span>
            {isAuthentic(l.content) && (
              <span className="authentic-marker"> · {t('decisions:text.authentic')}</span>
            )}
          </button>
        ))}
      </div>
      <p className="decision-text__status">
        {isAuthentic(shown.content)
          ? t('decisions:text.isAuthentic', { language: shown.autonym })
          : t('decisions:text.isTranslation', { language: shown.autonym })}
      </p>
      <article className="decision-text__body" lang={shown.code} data-testid="decision-text">
        <h3>{title[shown.content] || title.en}</h3>
        {body && <div className="decision-text__text">{body}</div>}
      </article>
      {!body && <p className="muted">{t('decisions:text.none')}</p>}
    </section>
  );
}
