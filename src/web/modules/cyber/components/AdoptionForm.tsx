import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MutationForm } from '../../../ui/MutationForm';
import { SelectField } from '../../../ui/SelectField';
import { TextAreaField } from '../../../ui/TextAreaField';
import { TextField } from '../../../ui/TextField';
import { useFormDraft } from '../../../ui/useFormDraft';
import { useLanguage } from '../../../ui/useLanguage';
import { useStateNames } from '../../states';
import {
  ADOPTION_STATUSES,
  useRecordAdoption,
  type AdoptionStatus,
  type TranslationKind,
} from '../api/practices';
import { TranslationSelect } from './TranslationSelect';

interface AdoptionFormProps {
  practiceId: string;
  /** The member states the user records adoptions for (as their CERT or national coordinator). */
  states: string[];
}

/** A state records that it plans, is carrying out or has adopted the practice, and what came of it. */
export function AdoptionForm({ practiceId, states }: AdoptionFormProps) {
  const { t } = useTranslation('cyberPractices');
  const { content: language } = useLanguage();
  const stateName = useStateNames();
  const record = useRecordAdoption(practiceId);
  const { draft, set } = useFormDraft(
    {
      state: states[0]!,
      status: 'adopted' as AdoptionStatus,
      date: '',
      outcome: '',
      translation: 'original' as TranslationKind,
    },
    record,
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    record.mutate({
      state: draft.state,
      body: {
        status: draft.status,
        date: draft.date,
        outcome: draft.outcome.trim()
          ? { [language]: { text: draft.outcome, translation: draft.translation } }
          : {},
      },
    });
  }

  const state = stateName(draft.state);
  return (
    <MutationForm
      mutation={record}
      onSubmit={submit}
      submitLabel={t('cyberPractices:adopt.submit', { state })}
      submitDisabled={!draft.date}
      className="form form--card"
      data-testid="adoption-form"
      statusTestId="adoption-status"
      aria-label={t('cyberPractices:adopt.title')}
      success={t('cyberPractices:adopt.done', { state })}
      header={<h3>{t('cyberPractices:adopt.title')}</h3>}
    >
      {states.length > 1 && (
        <SelectField
          label={t('cyberPractices:adopt.state')}
          value={draft.state}
          onChange={(s) => set({ state: s })}
        >
          {states.map((s) => (
            <option key={s} value={s}>
              {stateName(s)}
            </option>
          ))}
        </SelectField>
      )}
      <SelectField
        label={t('cyberPractices:adopt.status')}
        name="/status"
        value={draft.status}
        onChange={(v) => set({ status: v as AdoptionStatus })}
      >
        {ADOPTION_STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`cyberPractices:status.${s}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t('cyberPractices:adopt.date')}
        type="date"
        name="/date"
        value={draft.date}
        onChange={(date) => set({ date })}
      />
      <TextAreaField
        label={t('cyberPractices:adopt.outcome')}
        hint={t('cyberPractices:adopt.outcomeHint', { language: t(`cyberPractices:language.${language}`) })}
        name={`/outcome/${language}/text`}
        value={draft.outcome}
        onChange={(outcome) => set({ outcome })}
        rows={3}
        maxLength={10_000}
      />
      <TranslationSelect
        label={t('cyberPractices:adopt.translation')}
        value={draft.translation}
        onChange={(translation) => set({ translation })}
      />
    </MutationForm>
  );
}
