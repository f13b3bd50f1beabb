import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LocalizedFields } from '../../../ui/LocalizedFields';
import { MutationForm } from '../../../ui/MutationForm';
import { TextField } from '../../../ui/TextField';
import { useLocalized } from '../../../ui/useLocalized';
import { useAddIndicator } from '../api/useAddIndicator';
import { useSubmissionKeys } from '../api/useSubmissionKeys';
import { EMPTY_TEXT } from './projectDraft';
import { toIndicatorBody, type IndicatorDraft } from './resultsDraft';

const EMPTY: IndicatorDraft = { name: EMPTY_TEXT, unit: '', baseline: '', target: '' };

/**
 * Adds a result indicator: its name in the three languages, a unit, and the baseline and target as
 * exact decimals (never read into a float on the way).
 */
export function IndicatorForm({ projectId }: { projectId: string }) {
  const { t } = useTranslation('projects');
  const localized = useLocalized();
  const add = useAddIndicator(projectId);
  const keys = useSubmissionKeys();
  const headingId = useId();
  const [draft, setDraft] = useState<IndicatorDraft>(EMPTY);
  const [added, setAdded] = useState('');
  const set = (patch: Partial<IndicatorDraft>) => {
    add.reset();
    setAdded('');
    setDraft((d) => ({ ...d, ...patch }));
  };

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = toIndicatorBody(draft);
    add.mutate(
      { body, idempotencyKey: keys.keyFor(body) },
      {
        onSuccess: (indicator) => {
          keys.settle();
          setAdded(t('projects:indicatorForm.added', { name: localized(indicator.name) }));
          setDraft(EMPTY);
        },
      },
    );
  }

  const labels = {
    '/name/en': t('projects:indicatorForm.nameEn'),
    '/name/ru': t('projects:indicatorForm.nameRu'),
    '/name/zh': t('projects:indicatorForm.nameZh'),
    '/unit': t('projects:indicatorForm.unit'),
    '/baseline': t('projects:indicatorForm.baseline'),
    '/target': t('projects:indicatorForm.target'),
  };
  const decimal = { inputMode: 'decimal' as const, autoComplete: 'off', required: true, maxLength: 24 };

  return (
    <MutationForm
      mutation={add}
      submitLabel={t('projects:indicatorForm.submit')}
      success={added}
      fieldLabels={labels}
      className="form form--card"
      onSubmit={submit}
      aria-labelledby={headingId}
      data-testid="indicator-form"
    >
      <h4 id={headingId}>{t('projects:indicatorForm.title')}</h4>
      <LocalizedFields
        legend={t('projects:indicatorForm.nameLegend')}
        labels={{ en: labels['/name/en'], ru: labels['/name/ru'], zh: labels['/name/zh'] }}
        value={draft.name}
        onChange={(name) => set({ name })}
        maxLength={300}
        required
      />
      <TextField
        label={labels['/unit']}
        name="/unit"
        hint={t('projects:indicatorForm.unitHint')}
        value={draft.unit}
        onChange={(unit) => set({ unit })}
        required
        maxLength={50}
      />
      <p className="field__hint">{t('projects:indicatorForm.valuesHint')}</p>
      <div className="form-grid">
        <TextField
          label={labels['/baseline']}
          name="/baseline"
          value={draft.baseline}
          onChange={(baseline) => set({ baseline })}
          {...decimal}
        />
        <TextField
          label={labels['/target']}
          name="/target"
          value={draft.target}
          onChange={(target) => set({ target })}
          {...decimal}
        />
      </div>
    </MutationForm>
  );
}
