import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { StateSummaryDto } from '../../../../contracts/states';
import { useLanguage } from '../../../ui/useLanguage';
import { useLocalized } from '../../../ui/useLocalized';

interface ParticipantsFieldProps {
  members: StateSummaryDto[];
  value: string[];
  onChange: (codes: string[]) => void;
}

/** The member states taking part, as checkboxes: a multi-select list is hard to use on a phone. */
export function ParticipantsField({ members, value, onChange }: ParticipantsFieldProps) {
  const { t } = useTranslation('decisions');
  const name = useLocalized();
  const { intl } = useLanguage();
  const id = useId();
  const collator = new Intl.Collator(intl);
  const sorted = [...members].sort((a, b) => collator.compare(name(a.name), name(b.name)));
  const toggle = (code: string, on: boolean) =>
    onChange(on ? [...value, code].sort() : value.filter((c) => c !== code));

  return (
    <fieldset className="fieldset">
      <legend>{t('decisions:form.participants')}</legend>
      <p className="field__hint">
        {t('decisions:form.participantsHint', { n: value.length, total: members.length })}
      </p>
      <div className="button-row">
        <button
          type="button"
          className="button button--small button--secondary"
          onClick={() => onChange(members.map((m) => m.code).sort())}
        >
          {t('decisions:form.selectAll')}
        </button>
        <button type="button" className="button button--small button--secondary" onClick={() => onChange([])}>
          {t('decisions:form.selectNone')}
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
