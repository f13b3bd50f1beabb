import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BodyDto, StateSummaryDto } from '../../../../contracts/states';
import { readerTimeZoneName } from '../../../ui/dates';
import { MutationForm } from '../../../ui/MutationForm';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { useLanguage } from '../../../ui/useLanguage';
import { useLocalized, useSortedByName } from '../../../ui/useLocalized';
import { useCreateDecision } from '../api/useCreateDecision';
import { PROCEDURES } from './decisionValues';
import { EMPTY_LOCALIZED, toCreateBody, type DecisionDraft } from './decisionDraft';
import { EffectFields } from './EffectFields';
import { LocalizedFields } from '../../../ui/LocalizedFields';
import { MeetingField } from './MeetingField';
import { ParticipantsField } from './ParticipantsField';

interface DecisionFormProps {
  states: StateSummaryDto[];
  bodies: BodyDto[];
  onCreated: (id: string) => void;
}

/** The Secretariat drafts a decision. Checked by the server, whose problems name the fields. */
export function DecisionForm({ states, bodies, onCreated }: DecisionFormProps) {
  const { t } = useTranslation('decisions');
  const name = useLocalized();
  const create = useCreateDecision();
  const id = useId();
  const { code: language } = useLanguage();
  const members = useSortedByName(states.filter((s) => s.status === 'member'));
  const [draft, setDraft] = useState<DecisionDraft>(() => ({
    body: '',
    title: EMPTY_LOCALIZED,
    text: EMPTY_LOCALIZED,
    procedure: 'consensus',
    deadline: '',
    participants: members.map((m) => m.code).sort(),
    concernedState: '',
    effect: { enabled: false, state: '', status: 'member', step: '' },
    visibility: 'restricted',
    openToPartners: false,
    meetingId: '',
  }));
  const set = (patch: Partial<DecisionDraft>) => {
    create.reset();
    setDraft((d) => ({ ...d, ...patch }));
  };

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    create.mutate(toCreateBody(draft), { onSuccess: (decision) => onCreated(decision.id) });
  }

  const labels: Record<string, string> = {
    '/body': t('decisions:form.body'),
    '/title/en': t('common:form.titleEn'),
    '/title/ru': t('common:form.titleRu'),
    '/title/zh': t('common:form.titleZh'),
    '/text/en': t('decisions:form.textEn'),
    '/text/ru': t('decisions:form.textRu'),
    '/text/zh': t('decisions:form.textZh'),
    '/procedure': t('decisions:form.procedure'),
    '/deadline': t('decisions:form.deadline'),
    '/participants': t('decisions:form.participants'),
    '/concernedState': t('decisions:form.concernedState'),
    '/effect/state': t('decisions:form.effectState'),
    '/effect/status': t('decisions:form.effectStatus'),
    '/effect/step': t('decisions:form.effectStep'),
    '/visibility': t('decisions:form.visibility'),
    '/openToPartners': t('decisions:form.partners'),
    '/meetingId': t('decisions:form.meeting'),
  };

  return (
    <MutationForm
      mutation={create}
      submitLabel={t('decisions:form.submit')}
      fieldLabels={labels}
      className="form form--wide"
      onSubmit={submit}
      aria-labelledby="decision-form-heading"
      data-testid="decision-form"
    >
      <p className="field__hint">{t('decisions:form.intro')}</p>
      <SelectField
        label={labels['/body']!}
        name="/body"
        value={draft.body}
        onChange={(v) => set({ body: v })}
      >
        <option value="">{t('decisions:form.choose')}</option>
        {bodies.map((b) => (
          <option key={b.code} value={b.code}>
            {name(b.name)} ({b.code})
          </option>
        ))}
      </SelectField>
      <LocalizedFields
        legend={t('decisions:form.titleLegend')}
        name="/title"
        hint={t('decisions:form.titleHint')}
        labels={{ en: labels['/title/en']!, ru: labels['/title/ru']!, zh: labels['/title/zh']! }}
        value={draft.title}
        onChange={(title) => set({ title })}
      />
      <LocalizedFields
        legend={t('decisions:form.textLegend')}
        name="/text"
        hint={t('decisions:form.textHint')}
        labels={{ en: labels['/text/en']!, ru: labels['/text/ru']!, zh: labels['/text/zh']! }}
        value={draft.text}
        onChange={(text) => set({ text })}
        multiline
      />
      <fieldset className="fieldset">
        <legend>{labels['/procedure']}</legend>
        {PROCEDURES.map((p) => (
          <div className="choice" key={p}>
            <input
              type="radio"
              id={`${id}-${p}`}
              name={`${id}-procedure`}
              checked={draft.procedure === p}
              onChange={() => set({ procedure: p })}
              aria-describedby={`${id}-${p}-hint`}
            />
            <label htmlFor={`${id}-${p}`}>{t(`decisions:procedure.${p}`)}</label>
            <p id={`${id}-${p}-hint`} className="field__hint">
              {t(`decisions:procedureHint.${p}`)}
            </p>
          </div>
        ))}
      </fieldset>
      <TextField
        label={labels['/deadline']!}
        name="/deadline"
        hint={`${t('decisions:form.deadlineHint')} ${t('decisions:form.deadlineZone', { zone: readerTimeZoneName(language) })}`}
        expected={t('decisions:form.deadlineExpected')}
        type="datetime-local"
        value={draft.deadline}
        onChange={(deadline) => set({ deadline })}
      />
      <MeetingField value={draft.meetingId} onChange={(meetingId) => set({ meetingId })} />
      <ParticipantsField
        members={members}
        value={draft.participants}
        onChange={(participants) => set({ participants })}
      />
      {draft.procedure === 'consensus_minus_one' && (
        <SelectField
          label={labels['/concernedState']!}
          name="/concernedState"
          hint={t('decisions:form.concernedStateHint')}
          value={draft.concernedState}
          onChange={(concernedState) => set({ concernedState })}
        >
          <option value="">{t('decisions:form.choose')}</option>
          {members
            .filter((m) => draft.participants.includes(m.code))
            .map((m) => (
              <option key={m.code} value={m.code}>
                {name(m.name)}
              </option>
            ))}
        </SelectField>
      )}
      <EffectFields states={states} value={draft.effect} onChange={(effect) => set({ effect })} />
      <fieldset className="fieldset">
        <legend>{labels['/visibility']}</legend>
        {(['restricted', 'public'] as const).map((v) => (
          <div className="choice" key={v}>
            <input
              type="radio"
              id={`${id}-${v}`}
              name={`${id}-visibility`}
              checked={draft.visibility === v}
              onChange={() => set({ visibility: v })}
              aria-describedby={`${id}-${v}-hint`}
            />
            <label htmlFor={`${id}-${v}`}>{t(`decisions:visibility.${v}`)}</label>
            <p id={`${id}-${v}-hint`} className="field__hint">
              {t(`decisions:visibilityHint.${v}`)}
            </p>
          </div>
        ))}
      </fieldset>
      <fieldset className="fieldset">
        <legend>{labels['/openToPartners']}</legend>
        <div className="choice">
          <input
            type="checkbox"
            id={`${id}-partners`}
            checked={draft.openToPartners}
            onChange={(e) => set({ openToPartners: e.target.checked })}
            aria-describedby={`${id}-partners-hint`}
          />
          <label htmlFor={`${id}-partners`}>{t('decisions:form.openToPartners')}</label>
          <p id={`${id}-partners-hint`} className="field__hint">
            {t('decisions:form.openToPartnersHint')}
          </p>
        </div>
      </fieldset>
    </MutationForm>
  );
}
