import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingDto } from '../../../../contracts/meetings';
import type { BodyDto, StateSummaryDto } from '../../../../contracts/states';
import { LocalizedFields } from '../../../ui/LocalizedFields';
import { MutationForm } from '../../../ui/MutationForm';
import { SelectField } from '../../../ui/SelectField';
import { StateChecklist } from '../../../ui/StateChecklist';
import { TextField } from '../../../ui/TextField';
import { useLocalized, useSortedByName } from '../../../ui/useLocalized';
import { useCreateMeeting, usePatchMeeting } from '../api/useMeetingWrites';
import {
  meetingDraftOf,
  newMeetingDraft,
  toChanges,
  toCreateBody,
  withHost,
  type MeetingDraft,
} from './meetingDraft';
import { MEETING_KINDS, MEETING_LEVELS } from './meetingValues';
import { PARTICIPANT_STATUSES } from './ParticipantsForm';
import { TimeZoneField } from './TimeZoneField';

interface MeetingFormProps {
  states: StateSummaryDto[];
  bodies: BodyDto[];
  /** The meeting to edit; a new one is planned without it. */
  meeting?: MeetingDto;
  onSaved: (id: string) => void;
  /** The heading the form is labelled by. */
  labelledBy: string;
}

/** The domain errors that concern one field, shown next to it. */
const CODE_FIELDS = {
  'meetings.ends_before_start': '/endDate',
  'meetings.times_incomplete': '/endTime',
  'meetings.unknown_body': '/body',
  'meetings.unknown_state': '/hostState',
};

/** The Secretariat plans a meeting or changes one; the participants of a planned meeting have their own form. */
export function MeetingForm({ states, bodies, meeting, onSaved, labelledBy }: MeetingFormProps) {
  const { t } = useTranslation('meetings');
  const name = useLocalized();
  const id = useId();
  const create = useCreateMeeting();
  const patch = usePatchMeeting(meeting?.id ?? '');
  const mutation = meeting ? patch : create;
  const sorted = useSortedByName(states);
  const members = sorted.filter((s) => s.status === 'member');
  const [initial] = useState<MeetingDraft>(() =>
    meeting ? meetingDraftOf(meeting) : newMeetingDraft(members.map((m) => m.code)),
  );
  const [draft, setDraft] = useState(initial);
  const set = (change: Partial<MeetingDraft> | ((d: MeetingDraft) => MeetingDraft)) => {
    mutation.reset();
    setDraft((d) => (typeof change === 'function' ? change(d) : { ...d, ...change }));
  };

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!meeting) {
      create.mutate(toCreateBody(draft), { onSuccess: (m) => onSaved(m.id) });
      return;
    }
    const changes = toChanges(initial, draft);
    if (Object.keys(changes).length === 0) onSaved(meeting.id);
    else patch.mutate(changes, { onSuccess: (m) => onSaved(m.id) });
  }

  const labels: Record<string, string> = {
    '/kind': t('meetings:form.kind'),
    '/level': t('meetings:form.level'),
    '/body': t('meetings:form.body'),
    '/title/en': t('common:form.titleEn'),
    '/title/ru': t('common:form.titleRu'),
    '/title/zh': t('common:form.titleZh'),
    '/hostState': t('meetings:form.hostState'),
    '/city/en': t('meetings:form.cityEn'),
    '/city/ru': t('meetings:form.cityRu'),
    '/city/zh': t('meetings:form.cityZh'),
    '/timeZone': t('meetings:form.timeZone'),
    '/startDate': t('meetings:form.startDate'),
    '/endDate': t('meetings:form.endDate'),
    '/startTime': t('meetings:form.startTime'),
    '/endTime': t('meetings:form.endTime'),
    '/participants': t('meetings:form.participants'),
    '/visibility': t('meetings:form.visibility'),
  };

  return (
    <MutationForm
      mutation={mutation}
      submitLabel={meeting ? t('meetings:form.save') : t('meetings:form.create')}
      fieldLabels={labels}
      codeFields={CODE_FIELDS}
      className="form form--wide"
      onSubmit={submit}
      aria-labelledby={labelledBy}
      data-testid="meeting-form"
    >
      <SelectField
        label={labels['/kind']!}
        name="/kind"
        value={draft.kind}
        onChange={(v) => set({ kind: v as MeetingDraft['kind'] })}
      >
        {MEETING_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`meetings:kind.${k}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={labels['/level']!}
        name="/level"
        value={draft.level}
        onChange={(v) => set({ level: v as MeetingDraft['level'] })}
      >
        {MEETING_LEVELS.map((l) => (
          <option key={l} value={l}>
            {t(`meetings:level.${l}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={labels['/body']!}
        name="/body"
        value={draft.body}
        onChange={(body) => set({ body })}
      >
        <option value="">{t('meetings:form.noBody')}</option>
        {bodies.map((b) => (
          <option key={b.code} value={b.code}>
            {name(b.name)} ({b.code})
          </option>
        ))}
      </SelectField>
      <LocalizedFields
        legend={t('meetings:form.titleLegend')}
        name="/title"
        labels={{ en: labels['/title/en']!, ru: labels['/title/ru']!, zh: labels['/title/zh']! }}
        value={draft.title}
        onChange={(title) => set({ title })}
      />
      <SelectField
        label={labels['/hostState']!}
        name="/hostState"
        value={draft.hostState}
        onChange={(host) => set((d) => withHost(d, host))}
      >
        <option value="">{t('meetings:form.choose')}</option>
        {sorted.map((s) => (
          <option key={s.code} value={s.code}>
            {name(s.name)}
          </option>
        ))}
      </SelectField>
      <LocalizedFields
        legend={t('meetings:form.cityLegend')}
        name="/city"
        labels={{ en: labels['/city/en']!, ru: labels['/city/ru']!, zh: labels['/city/zh']! }}
        value={draft.city}
        onChange={(city) => set({ city })}
        maxLength={200}
      />
      <TimeZoneField value={draft.timeZone} onChange={(timeZone) => set({ timeZone })} />
      <fieldset className="fieldset">
        <legend>{t('meetings:form.whenLegend')}</legend>
        <p className="field__hint">{t('meetings:form.whenHint')}</p>
        <div className="field-row">
          <TextField
            label={labels['/startDate']!}
            name="/startDate"
            type="date"
            expected={t('meetings:form.dateExpected')}
            value={draft.startDate}
            onChange={(startDate) => set({ startDate })}
          />
          <TextField
            label={labels['/endDate']!}
            name="/endDate"
            type="date"
            hint={t('meetings:form.endDateHint')}
            expected={t('meetings:form.dateExpected')}
            value={draft.endDate}
            onChange={(endDate) => set({ endDate })}
          />
        </div>
        <div className="field-row">
          <TextField
            label={labels['/startTime']!}
            name="/startTime"
            type="time"
            step={60}
            expected={t('meetings:form.timeExpected')}
            value={draft.startTime}
            onChange={(startTime) => set({ startTime })}
          />
          <TextField
            label={labels['/endTime']!}
            name="/endTime"
            type="time"
            step={60}
            expected={t('meetings:form.timeExpected')}
            value={draft.endTime}
            onChange={(endTime) => set({ endTime })}
          />
        </div>
      </fieldset>
      {!meeting && (
        <StateChecklist
          legend={labels['/participants']!}
          hint={t('meetings:form.participantsHint', { n: draft.participants.length })}
          states={states.filter((s) => PARTICIPANT_STATUSES.has(s.status))}
          value={draft.participants}
          onChange={(participants) => set({ participants })}
          selectAllLabel={t('meetings:form.selectAll')}
          selectNoneLabel={t('meetings:form.selectNone')}
        />
      )}
      <fieldset className="fieldset">
        <legend>{labels['/visibility']}</legend>
        {(
          [
            ['restricted', t('meetings:visibility.restricted'), t('meetings:visibilityHint.restricted')],
            ['public', t('meetings:visibility.public'), t('meetings:visibilityHint.public')],
          ] as const
        ).map(([v, label, hint]) => (
          <div className="choice" key={v}>
            <input
              type="radio"
              id={`${id}-${v}`}
              name={`${id}-visibility`}
              checked={draft.visibility === v}
              onChange={() => set({ visibility: v })}
              aria-describedby={`${id}-${v}-hint`}
            />
            <label htmlFor={`${id}-${v}`}>{label}</label>
            <p id={`${id}-${v}-hint`} className="field__hint">
              {hint}
            </p>
          </div>
        ))}
      </fieldset>
    </MutationForm>
  );
}
