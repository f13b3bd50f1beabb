import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LocalizedFields } from '../../../ui/LocalizedFields';
import { MutationForm } from '../../../ui/MutationForm';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { useLocalized } from '../../../ui/useLocalized';
import { useAddMilestone } from '../api/useAddMilestone';
import { useSubmissionKeys } from '../api/useSubmissionKeys';
import { EMPTY_TEXT } from './projectDraft';
import { isMilestoneStatus, MILESTONE_STATUSES } from './projectValues';
import { toMilestoneBody, type MilestoneDraft } from './resultsDraft';

const EMPTY: MilestoneDraft = { title: EMPTY_TEXT, dueDate: '', status: 'planned' };

/** Adds a dated milestone, titled in the three languages; sent again after a failure, it is added once. */
export function MilestoneForm({ projectId }: { projectId: string }) {
  const { t } = useTranslation('projects');
  const localized = useLocalized();
  const add = useAddMilestone(projectId);
  const keys = useSubmissionKeys();
  const headingId = useId();
  const [draft, setDraft] = useState<MilestoneDraft>(EMPTY);
  const [added, setAdded] = useState('');
  const set = (patch: Partial<MilestoneDraft>) => {
    add.reset();
    setAdded('');
    setDraft((d) => ({ ...d, ...patch }));
  };

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = toMilestoneBody(draft);
    add.mutate(
      { body, idempotencyKey: keys.keyFor(body) },
      {
        onSuccess: (milestone) => {
          keys.settle();
          setAdded(t('projects:milestoneForm.added', { title: localized(milestone.title) }));
          setDraft(EMPTY);
        },
      },
    );
  }

  const labels = {
    '/title/en': t('projects:milestoneForm.titleEn'),
    '/title/ru': t('projects:milestoneForm.titleRu'),
    '/title/zh': t('projects:milestoneForm.titleZh'),
    '/dueDate': t('projects:milestoneForm.dueDate'),
    '/status': t('projects:milestoneForm.status'),
  };

  return (
    <MutationForm
      mutation={add}
      submitLabel={t('projects:milestoneForm.submit')}
      success={added}
      fieldLabels={labels}
      className="form form--card"
      onSubmit={submit}
      aria-labelledby={headingId}
      data-testid="milestone-form"
    >
      <h4 id={headingId}>{t('projects:milestoneForm.title')}</h4>
      <LocalizedFields
        legend={t('projects:milestoneForm.titleLegend')}
        labels={{ en: labels['/title/en'], ru: labels['/title/ru'], zh: labels['/title/zh'] }}
        value={draft.title}
        onChange={(title) => set({ title })}
        maxLength={300}
        required
      />
      <div className="form-grid">
        <TextField
          label={labels['/dueDate']}
          name="/dueDate"
          type="date"
          value={draft.dueDate}
          onChange={(dueDate) => set({ dueDate })}
          required
        />
        <SelectField
          label={labels['/status']}
          name="/status"
          value={draft.status}
          onChange={(v) => isMilestoneStatus(v) && set({ status: v })}
        >
          {MILESTONE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`projects:milestoneStatus.${s}`)}
            </option>
          ))}
        </SelectField>
      </div>
    </MutationForm>
  );
}
