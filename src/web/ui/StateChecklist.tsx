import { useId } from 'react';
import type { StateSummaryDto } from '../../contracts/states';
import { useLocalized, useSortedByName } from './useLocalized';

interface StateChecklistProps {
  legend: string;
  hint: string;
  /** The states that may be ticked; shown sorted by their name in the reader's language. */
  states: StateSummaryDto[];
  value: string[];
  onChange: (codes: string[]) => void;
  selectAllLabel: string;
  selectNoneLabel: string;
}

/** Several states picked as checkboxes: a multi-select list is hard to use on a phone. */
export function StateChecklist({
  legend,
  hint,
  states,
  value,
  onChange,
  selectAllLabel,
  selectNoneLabel,
}: StateChecklistProps) {
  const name = useLocalized();
  const id = useId();
  const sorted = useSortedByName(states);
  const toggle = (code: string, on: boolean) =>
    onChange(on ? [...value, code].sort() : value.filter((c) => c !== code));

  return (
    <fieldset className="fieldset">
      <legend>{legend}</legend>
      <p className="field__hint">{hint}</p>
      <div className="button-row">
        <button
          type="button"
          className="button button--small button--secondary"
          onClick={() => onChange(states.map((m) => m.code).sort())}
        >
          {selectAllLabel}
        </button>
        <button type="button" className="button button--small button--secondary" onClick={() => onChange([])}>
          {selectNoneLabel}
        </button>
      </div>
      <ul className="checkbox-grid">
        {sorted.map((m) => (
          <li key={m.code} className="choice">
            <input
              type="checkbox"
              id={`${id}-${m.code}`}
              checked={value.includes(m.code)}
              onChange={(e) => toggle(m.code, e.target.checked)}
            />
            <label htmlFor={`${id}-${m.code}`}>{name(m.name)}</label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
