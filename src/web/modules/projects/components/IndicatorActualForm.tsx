import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MutationForm } from '../../../ui/MutationForm';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { useLanguage } from '../../../ui/useLanguage';
import { useLocalized } from '../../../ui/useLocalized';
import type { Indicator } from '../api/projectsApi';
import { useUpdateIndicator } from '../api/useUpdateIndicator';
import { formatDecimal, normaliseMeasure } from './money';
import { firstToMeasure } from './resultsDraft';

interface IndicatorActualFormProps {
  projectId: string;
  indicators: Indicator[];
}

/** Records the value an indicator has actually reached, as an exact decimal in its unit. */
export function IndicatorActualForm({ projectId, indicators }: IndicatorActualFormProps) {
  const { t } = useTranslation('projects');
  const { code } = useLanguage();
  const localized = useLocalized();
  const update = useUpdateIndicator(projectId);
  const headingId = useId();
  const first = firstToMeasure(indicators);
  const [indicatorId, setIndicatorId] = useState(first?.id ?? '');
  const [actual, setActual] = useState('');
  const [saved, setSaved] = useState('');
  const indicator = indicators.find((i) => i.id === indicatorId) ?? first;
  const change =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      update.reset();
      setSaved('');
      set(v);
    };

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!indicator) return;
    update.mutate(
      { indicatorId: indicator.id, body: { actual: normaliseMeasure(actual) } },
      {
        onSuccess: (recorded) => {
          setActual('');
          setSaved(
            t('projects:indicatorActual.saved', {
              name: localized(recorded.name),
              value: formatDecimal(recorded.actual ?? '', code),
              unit: recorded.unit,
            }),
          );
        },
      },
    );
  }

  return (
    <MutationForm
      mutation={update}
      submitLabel={t('projects:indicatorActual.submit')}
      submitDisabled={!indicator || !actual.trim()}
      success={saved}
      fieldLabels={{ '/actual': t('projects:indicatorActual.actual') }}
      className="form form--card"
      onSubmit={submit}
      aria-labelledby={headingId}
      data-testid="indicator-actual-form"
    >
      <h4 id={headingId}>{t('projects:indicatorActual.title')}</h4>
      <SelectField
        label={t('projects:indicatorActual.indicator')}
        value={indicator?.id ?? ''}
        onChange={change(setIndicatorId)}
      >
        {indicators.map((i) => (
          <option key={i.id} value={i.id}>
            {localized(i.name)}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t('projects:indicatorActual.actual')}
        name="/actual"
        hint={
          indicator
            ? t('projects:indicatorActual.hint', {
                unit: indicator.unit,
                baseline: formatDecimal(indicator.baseline, code),
                target: formatDecimal(indicator.target, code),
              })
            : undefined
        }
        value={actual}
        onChange={change(setActual)}
        inputMode="decimal"
        autoComplete="off"
        required
        maxLength={24}
      />
    </MutationForm>
  );
}
