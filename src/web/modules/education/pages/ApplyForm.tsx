import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MutationForm } from '../../../ui/MutationForm';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { useEducationWrite, type CallDto } from '../api/educationApi';

const CEFR = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'];

/** One application per call: ranked choices (in the order ticked), language level and degree. */
export function ApplyForm({ call, title }: { call: CallDto; title: Map<string, string> }) {
  const { t } = useTranslation('education');
  const [choices, setChoices] = useState<string[]>([]);
  const [languageLevel, setLevel] = useState('B2');
  const [degree, setDegree] = useState('');
  const apply = useEducationWrite<object>(() => `/api/v1/education/calls/${call.id}/applications`);
  const toggle = (id: string) =>
    setChoices((cs) => (cs.includes(id) ? cs.filter((c) => c !== id) : [...cs, id]));
  return (
    <MutationForm
      mutation={apply}
      onSubmit={() => apply.mutate({ choices, languageLevel, degree })}
      submitLabel={t('education:apply.submit')}
      success={t('education:apply.done')}
      statusTestId="apply-status"
      header={<h2>{t('education:apply.title', { max: call.maxChoices })}</h2>}
      data-testid="apply-form"
    >
      <fieldset className="fieldset">
        <legend>{t('education:apply.choices')}</legend>
        <ul className="checkbox-grid">
          {call.places.map((p) => (
            <li key={p.programmeId} className="choice">
              <input
                type="checkbox"
                id={`choice-${p.programmeId}`}
                checked={choices.includes(p.programmeId)}
                onChange={() => toggle(p.programmeId)}
              />
              <label htmlFor={`choice-${p.programmeId}`}>
                {choices.includes(p.programmeId) ? `${choices.indexOf(p.programmeId) + 1}. ` : ''}
                {title.get(p.programmeId)}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <SelectField
        label={t('education:apply.languageLevel')}
        name="/languageLevel"
        value={languageLevel}
        onChange={setLevel}
      >
        {CEFR.map((l) => (
          <option key={l} value={l}>
            {l}
          </option>
        ))}
      </SelectField>
      <TextField label={t('education:apply.degree')} name="/degree" value={degree} onChange={setDegree} />
    </MutationForm>
  );
}
