import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MutationForm } from '../../../ui/MutationForm';
import { SelectField } from '../../../ui/SelectField';
import { TextAreaField } from '../../../ui/TextAreaField';
import { TextField } from '../../../ui/TextField';
import { useStateNames } from '../../states';
import type { PlanItem, ReportStatus } from '../api/plansApi';
import { useSubmitReport } from '../api/useSubmitReport';
import { isReportStatus, REPORT_STATUSES } from './planValues';

interface ReportFormProps {
  planId: string;
  item: PlanItem;
  /** The responsible state the user reports for. */
  state: string;
}

/** A coordinator or delegate reports their state's progress on an item; the last report stands. */
export function ReportForm({ planId, item, state }: ReportFormProps) {
  const { t } = useTranslation('plans');
  const stateName = useStateNames();
  const submit = useSubmitReport(planId, item.id);
  const id = useId();
  const current = item.latestReports.find((r) => r.state === state);
  const [status, setStatus] = useState<ReportStatus>(current?.status ?? 'in_progress');
  const [percent, setPercent] = useState(String(current?.percent ?? 0));
  const [narrative, setNarrative] = useState(current?.narrative ?? '');
  const name = stateName(state);

  function edit<T>(set: (value: T) => void) {
    return (value: T) => {
      submit.reset();
      set(value);
    };
  }

  function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = narrative.trim();
    submit.mutate({
      state,
      status,
      percent: Number(percent),
      ...(trimmed ? { narrative: trimmed } : {}),
    });
  }

  return (
    <MutationForm
      mutation={submit}
      submitLabel={t('plans:reportForm.submit', { state: name })}
      success={t('plans:reportForm.saved', { state: name })}
      fieldLabels={{
        '/status': t('plans:reportForm.status'),
        '/percent': t('plans:reportForm.percent'),
        '/narrative': t('plans:reportForm.narrative'),
      }}
      className="form form--card form--inline report-form"
      onSubmit={send}
      aria-labelledby={`${id}-heading`}
      data-testid={`report-form-${state}`}
    >
      <h4 id={`${id}-heading`}>{t('plans:reportForm.title', { state: name })}</h4>
      <SelectField
        label={t('plans:reportForm.status')}
        name="/status"
        value={status}
        onChange={edit((v: string) => {
          if (!isReportStatus(v)) return;
          setStatus(v);
          // Done means all of it; the percentage follows unless the user says otherwise.
          if (v === 'done') setPercent('100');
        })}
      >
        {REPORT_STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`plans:status.${s}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        type="number"
        label={t('plans:reportForm.percent')}
        name="/percent"
        expected={t('common:expected.percent')}
        value={percent}
        onChange={edit(setPercent)}
        min={0}
        max={100}
        step={1}
        inputMode="numeric"
        required
      />
      <TextAreaField
        label={t('plans:reportForm.narrative')}
        name="/narrative"
        hint={t('plans:reportForm.narrativeHint')}
        value={narrative}
        onChange={edit(setNarrative)}
        maxLength={20_000}
        rows={3}
      />
    </MutationForm>
  );
}
