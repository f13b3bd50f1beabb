import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../../ui/useLocalized';
import type { PickedInstrument } from './instrumentDraft';

interface ChosenInstrumentsProps {
  chosen: readonly PickedInstrument[];
  /** What to say while none is chosen. */
  empty: string;
  onRemove: (id: string) => void;
}

/** The instruments chosen so far, each with a button that takes it off the list. */
export function ChosenInstruments({ chosen, empty, onRemove }: ChosenInstrumentsProps) {
  const { t } = useTranslation('documents');
  const localized = useLocalized();
  if (chosen.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="chosen-list">
      {chosen.map((c) => (
        <li key={c.id} className="chosen-list__item">
          <span>{localized(c.title)}</span>
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => onRemove(c.id)}
            aria-label={t('documents:form.removeInstrument', { title: localized(c.title) })}
          >
            {t('documents:form.remove')}
          </button>
        </li>
      ))}
    </ul>
  );
}
