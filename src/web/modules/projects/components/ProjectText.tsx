import type { Localized } from '../../../../contracts/common';
import { useLanguage } from '../../../ui/useLanguage';
import { useLocalized } from '../../../ui/useLocalized';

interface ProjectTextProps {
  id: string;
  title: string;
  text: Localized;
}

/** A translated text in the reader's language; English stands in, and says so by its lang. */
export function ProjectText({ id, title, text }: ProjectTextProps) {
  const { content } = useLanguage();
  const localized = useLocalized();
  const lang = text[content] ? undefined : 'en';
  return (
    <section aria-labelledby={id} className="project-text">
      <h2 id={id}>{title}</h2>
      <div className="project-text__body" lang={lang}>
        {localized(text)}
      </div>
    </section>
  );
}
