import type { Localized } from '../../../../contracts/common';
import { LANGUAGES } from '../../../i18n/languages';
import { useLanguage } from '../../../ui/useLanguage';
import { languageName } from './languageName';

/** The title in the two languages other than the reader's, each marked with its language. */
export function OtherTitles({ title }: { title: Localized }) {
  const { content, intl } = useLanguage();
  const others = LANGUAGES.filter((l) => l.content !== content && title[l.content]);
  if (others.length === 0) return null;
  return (
    <dl className="other-titles">
      {others.map((l) => (
        <div key={l.code}>
          <dt>{languageName(l.content, intl)}</dt>
          <dd lang={l.code}>{title[l.content]}</dd>
        </div>
      ))}
    </dl>
  );
}
