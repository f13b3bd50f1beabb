import { useTranslation } from 'react-i18next';
import type { DecisionDto } from '../../../../contracts/decisions';
import { LANGUAGES } from '../../../i18n/languages';
import { useLanguage } from '../../../ui/useLanguage';
import type { TextVersion } from '../api/decisionsApi';

interface VersionBodyProps {
  version: TextVersion;
  authenticLanguages: DecisionDto['authenticLanguages'];
}

/** One version's title and text in each language, the reader's own first, so that versions compare. */
export function VersionBody({ version, authenticLanguages }: VersionBodyProps) {
  const { t } = useTranslation('decisions');
  const reader = useLanguage();
  const languages = [...LANGUAGES].sort(
    (a, b) => Number(b.content === reader.content) - Number(a.content === reader.content),
  );
  return (
    <div className="versions__body" data-testid={`version-${version.version}`}>
      {languages.map((l) => {
        const text = version.text?.[l.content]?.trim();
        return (
          <article key={l.code} lang={l.code} className="decision-text__body">
            <p className="decision-text__status">
              {l.autonym}
              {(authenticLanguages as string[]).includes(l.content) && (
                <span className="authentic-marker" lang={reader.code}>
                  {' '}
                  · {t('decisions:text.authentic')}
                </span>
              )}
            </p>
            <h3>{version.title[l.content] || version.title.en}</h3>
            {text ? (
              <div className="decision-text__text">{text}</div>
            ) : (
              <p className="muted" lang={reader.code}>
                {t('decisions:text.none')}
              </p>
            )}
          </article>
        );
      })}
    </div>
  );
}
