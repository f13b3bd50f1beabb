import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BodyDto, StateSummaryDto } from '../../../../contracts/states';
import { LocalizedFields } from '../../../ui/LocalizedFields';
import { MutationForm } from '../../../ui/MutationForm';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { useLanguage } from '../../../ui/useLanguage';
import { useLocalized } from '../../../ui/useLocalized';
import { useCreateInstrument } from '../api/useCreateInstrument';
import { INSTRUMENT_KINDS, isInstrumentKind } from './documentValues';
import { EntryIntoForceFields } from './EntryIntoForceFields';
import {
  emptyInstrumentDraft,
  toCreateBody,
  type Classification,
  type InstrumentDraft,
} from './instrumentDraft';
import { RelatedField } from './RelatedField';
import { TopicsField } from './TopicsField';

interface InstrumentFormProps {
  states: StateSummaryDto[];
  bodies: BodyDto[];
  onCreated: (id: string) => void;
}

const CLASSIFICATIONS: readonly Classification[] = ['public', 'restricted'];

/** The Secretariat registers an instrument. Checked by the server, whose problems name the fields. */
export function InstrumentForm({ states, bodies, onCreated }: InstrumentFormProps) {
  const { t } = useTranslation('documents');
  const name = useLocalized();
  const { intl } = useLanguage();
  const create = useCreateInstrument();
  const id = useId();
  const [draft, setDraft] = useState<InstrumentDraft>(emptyInstrumentDraft);
  const set = (patch: Partial<InstrumentDraft>) => {
    create.reset();
    setDraft((d) => ({ ...d, ...patch }));
  };
  const collator = new Intl.Collator(intl);
  const sortedStates = [...states].sort((a, b) => collator.compare(name(a.name), name(b.name)));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    create.mutate(toCreateBody(draft), { onSuccess: (instrument) => onCreated(instrument.id) });
  }

  const labels: Record<string, string> = {
    '/kind': t('documents:form.kind'),
    '/title/en': t('common:form.titleEn'),
    '/title/ru': t('common:form.titleRu'),
    '/title/zh': t('common:form.titleZh'),
    '/summary/en': t('documents:form.summaryEn'),
    '/summary/ru': t('documents:form.summaryRu'),
    '/summary/zh': t('documents:form.summaryZh'),
    '/adoptedBy/body': t('documents:form.body'),
    '/adoptedAt': t('documents:form.adoptedAt'),
    '/signedAt': t('documents:form.signedAt'),
    '/signedPlace/en': t('documents:form.signedPlaceEn'),
    '/signedPlace/ru': t('documents:form.signedPlaceRu'),
    '/signedPlace/zh': t('documents:form.signedPlaceZh'),
    '/depositary': t('documents:form.depositary'),
    '/entryIntoForce': t('documents:form.entryIntoForce'),
    '/entryIntoForce/count': t('documents:form.countNumber'),
    '/entryIntoForce/days': t('documents:form.days'),
    '/entryIntoForce/requires': t('documents:form.requires'),
    '/withdrawalNoticeDays': t('documents:form.withdrawalNoticeDays'),
    '/classification': t('documents:form.classification'),
    '/restrictedUntil': t('documents:form.restrictedUntil'),
    '/topics': t('documents:form.topics'),
    '/related': t('documents:form.related'),
    '/source/url': t('documents:form.sourceUrl'),
    '/source/note': t('documents:form.sourceNote'),
  };
  // A problem with an entry of a list ('/related/2/instrumentId') is named after the list.
  const problemLabels: Record<string, string> = { ...labels };
  for (const list of ['/topics', '/related', '/entryIntoForce/requires']) {
    for (let i = 0; i < 20; i++) {
      for (const sub of ['', '/kind', '/instrumentId']) problemLabels[`${list}/${i}${sub}`] = labels[list]!;
    }
  }

  return (
    <MutationForm
      mutation={create}
      submitLabel={t('documents:form.submit')}
      fieldLabels={problemLabels}
      className="form form--wide"
      onSubmit={submit}
      aria-labelledby="instrument-form-heading"
      data-testid="instrument-form"
    >
      <p className="field__hint">{t('documents:form.intro')}</p>
      <SelectField
        label={labels['/kind']!}
        name="/kind"
        value={draft.kind}
        onChange={(v) => isInstrumentKind(v) && set({ kind: v })}
      >
        {INSTRUMENT_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`documents:kind.${k}`)}
          </option>
        ))}
      </SelectField>
      <LocalizedFields
        legend={t('documents:form.titleLegend')}
        hint={t('documents:form.titleHint')}
        labels={{ en: labels['/title/en']!, ru: labels['/title/ru']!, zh: labels['/title/zh']! }}
        value={draft.title}
        onChange={(title) => set({ title })}
        maxLength={1000}
        required
      />
      <LocalizedFields
        legend={t('documents:form.summaryLegend')}
        hint={t('documents:form.summaryHint')}
        labels={{ en: labels['/summary/en']!, ru: labels['/summary/ru']!, zh: labels['/summary/zh']! }}
        value={draft.summary}
        onChange={(summary) => set({ summary })}
        multiline
        maxLength={10_000}
        rows={3}
      />

      <fieldset className="fieldset">
        <legend>{t('documents:form.adoption')}</legend>
        <SelectField
          label={labels['/adoptedBy/body']!}
          name="/adoptedBy/body"
          value={draft.body}
          onChange={(body) => set({ body })}
        >
          <option value="">{t('documents:form.noBody')}</option>
          {bodies.map((b) => (
            <option key={b.code} value={b.code}>
              {name(b.name)} ({b.code})
            </option>
          ))}
        </SelectField>
        <div className="form-grid">
          <TextField
            type="date"
            label={labels['/adoptedAt']!}
            name="/adoptedAt"
            hint={t('documents:form.adoptedAtHint')}
            value={draft.adoptedAt}
            onChange={(adoptedAt) => set({ adoptedAt })}
          />
          <TextField
            type="date"
            label={labels['/signedAt']!}
            name="/signedAt"
            value={draft.signedAt}
            onChange={(signedAt) => set({ signedAt })}
          />
        </div>
        <LocalizedFields
          legend={t('documents:form.signedPlace')}
          hint={t('documents:form.signedPlaceHint')}
          labels={{
            en: labels['/signedPlace/en']!,
            ru: labels['/signedPlace/ru']!,
            zh: labels['/signedPlace/zh']!,
          }}
          name="/signedPlace"
          value={draft.signedPlace}
          onChange={(signedPlace) => set({ signedPlace })}
          maxLength={200}
        />
        <SelectField
          label={labels['/depositary']!}
          name="/depositary"
          value={draft.depositary}
          onChange={(depositary) => set({ depositary })}
        >
          <option value="secretariat">{t('documents:depositary.secretariat')}</option>
          {sortedStates.map((s) => (
            <option key={s.code} value={s.code}>
              {name(s.name)}
            </option>
          ))}
        </SelectField>
      </fieldset>

      <EntryIntoForceFields
        value={draft.entryIntoForce}
        onChange={(entryIntoForce) => set({ entryIntoForce })}
        labels={labels}
      />
      <TextField
        type="number"
        label={labels['/withdrawalNoticeDays']!}
        name="/withdrawalNoticeDays"
        hint={t('documents:form.withdrawalNoticeDaysHint')}
        value={draft.withdrawalNoticeDays}
        onChange={(withdrawalNoticeDays) => set({ withdrawalNoticeDays })}
        min={0}
        max={3650}
        step={1}
        inputMode="numeric"
      />

      <fieldset className="fieldset">
        <legend>{labels['/classification']}</legend>
        {CLASSIFICATIONS.map((c) => (
          <div className="choice" key={c}>
            <input
              type="radio"
              id={`${id}-${c}`}
              name={`${id}-classification`}
              checked={draft.classification === c}
              onChange={() => set({ classification: c })}
              aria-describedby={`${id}-${c}-hint`}
            />
            <label htmlFor={`${id}-${c}`}>{t(`documents:classification.${c}`)}</label>
            <p id={`${id}-${c}-hint`} className="field__hint">
              {c === 'public' ? t('documents:form.publicHint') : t('documents:form.restrictedHint')}
            </p>
          </div>
        ))}
        {draft.classification === 'restricted' && (
          <TextField
            type="date"
            label={labels['/restrictedUntil']!}
            name="/restrictedUntil"
            hint={t('documents:form.restrictedUntilHint')}
            value={draft.restrictedUntil}
            onChange={(restrictedUntil) => set({ restrictedUntil })}
          />
        )}
      </fieldset>

      <TopicsField legend={labels['/topics']!} value={draft.topics} onChange={(topics) => set({ topics })} />
      <RelatedField
        legend={labels['/related']!}
        value={draft.related}
        onChange={(related) => set({ related })}
      />

      <fieldset className="fieldset">
        <legend>{t('documents:form.source')}</legend>
        <TextField
          type="url"
          label={labels['/source/url']!}
          name="/source/url"
          hint={t('documents:form.sourceUrlHint')}
          value={draft.sourceUrl}
          onChange={(sourceUrl) => set({ sourceUrl })}
          maxLength={2000}
        />
        <TextField
          label={labels['/source/note']!}
          name="/source/note"
          hint={t('documents:form.sourceNoteHint')}
          value={draft.sourceNote}
          onChange={(sourceNote) => set({ sourceNote })}
          maxLength={500}
        />
      </fieldset>
    </MutationForm>
  );
}
