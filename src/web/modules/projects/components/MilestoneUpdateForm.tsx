import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPartialDate } from '../../../ui/dates';
import { MutationForm } from '../../../ui/MutationForm';
import { SelectField } from '../../../ui/SelectField';
import { TextAreaField } from '../../../ui/TextAreaField';
import { TextField } from '../../../ui/TextField';
import { useLanguage } from '../../../ui/useLanguage';
import { useLocalized } from '../../../ui/useLocalized';
import type { Milestone } from '../api/projectsApi';
import { useUpdateMilestone } from '../api/useUpdateMilestone';
import { isMilestoneStatus, MILESTONE_STATUSES } from './projectValues';
import { milestoneUpdateDraft, toMilestoneUpdate, type MilestoneUpdateDraft } from './resultsDraft';

interface MilestoneUpdateFormProps {
  projectId: string;
  milestones: Milestone[];
}

/** Moves a milestone on (in progress, done, delayed) and records the evidence of what was delivered. */
export function MilestoneUpdateForm({ projectId, milestones }: MilestoneUpdateFormProps) {
  const { t } = useTranslation('projects');
  const { code } = useLanguage();
  const localized = useLocalized();
  const update = useUpdateMilestone(projectId);
  const headingId = useId();
  const first = milestones.find((m) => m.status !== 'done') ?? milestones[0];
  const [milestoneId, setMilestoneId] = useState(first?.id ?? '');
  const milestone = milestones.find((m) => m.id === milestoneId) ?? first;
  // Edits of the chosen milestone; until the first one, the form shows what the milestone says now.
  const [draft, setDraft] = useState<MilestoneUpdateDraft | null>(null);
  const shown = draft ?? (milestone ? milestoneUpdateDraft(milestone) : null);
  const set = (patch: Partial<MilestoneUpdateDraft>) => {
    update.reset();
    if (shown) setDraft({ ...shown, ...patch });
  };

  function choose(id: string) {
    update.reset();
    setMilestoneId(id);
    setDraft(null);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!milestone || !shown) return;
    update.mutate(
      { milestoneId: milestone.id, body: toMilestoneUpdate(shown, milestone) },
      { onSuccess: () => setDraft(null) },
    );
  }

  const labels = {
    '/status': t('projects:milestoneUpdate.status'),
    '/evidence/text': t('projects:milestoneUpdate.evidenceText'),
    '/evidence/url': t('projects:milestoneUpdate.evidenceUrl'),
  };

  return (
    <MutationForm
      mutation={update}
      submitLabel={t('projects:milestoneUpdate.submit')}
      submitDisabled={!milestone}
      success={t('projects:milestoneUpdate.saved')}
      fieldLabels={labels}
      className="form form--card"
      onSubmit={submit}
      aria-labelledby={headingId}
      data-testid="milestone-update-form"
    >
      <h4 id={headingId}>{t('projects:milestoneUpdate.title')}</h4>
      <SelectField
        label={t('projects:milestoneUpdate.milestone')}
        value={milestone?.id ?? ''}
        onChange={choose}
      >
        {milestones.map((m) => (
          <option key={m.id} value={m.id}>
            {t('projects:milestoneUpdate.option', {
              title: localized(m.title),
              date: formatPartialDate(m.dueDate, code),
            })}
          </option>
        ))}
      </SelectField>
      {shown && (
        <>
          <SelectField
            label={labels['/status']}
            name="/status"
            value={shown.status}
            onChange={(v) => isMilestoneStatus(v) && set({ status: v })}
          >
            {MILESTONE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`projects:milestoneStatus.${s}`)}
              </option>
            ))}
          </SelectField>
          <TextAreaField
            label={labels['/evidence/text']}
            name="/evidence/text"
            hint={t('projects:optional')}
            value={shown.evidenceText}
            onChange={(evidenceText) => set({ evidenceText })}
            maxLength={5000}
            rows={3}
          />
          <TextField
            label={labels['/evidence/url']}
            name="/evidence/url"
            hint={t('projects:milestoneUpdate.evidenceUrlHint')}
            type="url"
            inputMode="url"
            value={shown.evidenceUrl}
            onChange={(evidenceUrl) => set({ evidenceUrl })}
            maxLength={2000}
          />
        </>
      )}
    </MutationForm>
  );
}
