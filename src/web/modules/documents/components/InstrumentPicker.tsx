import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPartialDate } from '../../../ui/dates';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { useLanguage } from '../../../ui/useLanguage';
import { useLocalized } from '../../../ui/useLocalized';
import { useInstrumentMatches } from '../api/useInstrumentMatches';
import type { PickedInstrument } from './instrumentDraft';

interface InstrumentPickerProps {
  /** The search field's label, e.g. 'Find a required instrument'. */
  label: string;
  /** Ids already chosen (and this instrument's own, if any): not offered again. */
  exclude: readonly string[];
  onPick: (instrument: PickedInstrument) => void;
}

/** The most matches offered at once; more words narrow the search. */
const SHOWN = 8;

/**
 * Finds a registered instrument by words of its title or summary, in any of the three languages, and
 * offers the best matches to choose from. It sits inside another form, so it searches on its own
 * button or on Enter instead of submitting that form.
 */
export function InstrumentPicker({ label, exclude, onPick }: InstrumentPickerProps) {
  const { t } = useTranslation('documents');
  const { code } = useLanguage();
  const localized = useLocalized();
  const id = useId();
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  const matches = useInstrumentMatches(q);
  const offered = (matches.data ?? []).filter((m) => !exclude.includes(m.id)).slice(0, SHOWN);

  function search() {
    setQ(typed.trim().slice(0, 200));
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    search();
  }

  return (
    <div className="instrument-picker">
      <div className="instrument-picker__search">
        <div className="field">
          <label htmlFor={`${id}-q`}>{label}</label>
          <p id={`${id}-hint`} className="field__hint">
            {t('documents:picker.hint')}
          </p>
          <input
            id={`${id}-q`}
            type="search"
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            onKeyDown={onKeyDown}
            maxLength={200}
            autoComplete="off"
            aria-describedby={`${id}-hint`}
          />
        </div>
        <button type="button" className="button button--secondary" onClick={search} disabled={!typed.trim()}>
          {t('documents:picker.search')}
        </button>
      </div>
      <ProblemAlert error={matches.error} />
      <p role="status" className="instrument-picker__status">
        {q && matches.isFetching
          ? t('documents:picker.searching')
          : q && matches.data && offered.length === 0
            ? t('documents:picker.none', { q })
            : ''}
      </p>
      {q && offered.length > 0 && (
        <ul className="instrument-picker__matches" aria-label={t('documents:picker.matches', { q })}>
          {offered.map((m) => {
            const date = m.signedAt ?? m.adoptedAt;
            return (
              <li key={m.id}>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => onPick({ id: m.id, title: m.title })}
                >
                  {localized(m.title)}
                </button>{' '}
                <span className="muted">
                  {t(`documents:kind.${m.kind}`)}
                  {date && `, ${formatPartialDate(date, code)}`}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
