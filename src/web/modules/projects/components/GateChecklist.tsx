import { useTranslation } from 'react-i18next';
import { formatInstant } from '../../../ui/dates';
import { useLanguage } from '../../../ui/useLanguage';
import { useLocalized } from '../../../ui/useLocalized';
import type { ChecklistItem } from '../api/projectsApi';

/** A gate's checklist: each item met or missing, said in words and marked, never by colour alone. */
export function GateChecklist({ items }: { items: ChecklistItem[] }) {
  const { t } = useTranslation('projects');
  const localized = useLocalized();
  const { code } = useLanguage();
  return (
    <ul className="checklist" data-testid="gate-checklist">
      {items.map((i) => (
        <li
          key={i.item}
          className={`checklist__item checklist__item--${i.done ? 'met' : 'missing'}`}
          data-item={i.item}
        >
          <span className="checklist__mark" aria-hidden="true">
            {i.done ? '✓' : '○'}
          </span>
          <div>
            <p className="checklist__label">
              {localized(i.label)}{' '}
              <span className="checklist__state">
                {i.done ? t('projects:gate.met') : t('projects:gate.missing')}
              </span>
            </p>
            <p className="checklist__kind">{t(`projects:gate.kind.${i.kind}`)}</p>
            {i.documentRef &&
              (/^https?:\/\//.test(i.documentRef) ? (
                <p className="checklist__evidence">
                  <a href={i.documentRef}>{i.documentRef}</a>
                </p>
              ) : (
                <p className="checklist__evidence">
                  <code>{i.documentRef}</code>
                </p>
              ))}
            {i.answer && <p className="checklist__evidence checklist__answer">{i.answer}</p>}
            {i.recordedAt && (
              <p className="checklist__when">
                {t('projects:gate.recordedAt', { when: formatInstant(i.recordedAt, code) })}
              </p>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
