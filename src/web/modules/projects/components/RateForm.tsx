import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPartialDate } from '../../../ui/dates';
import { MutationForm } from '../../../ui/MutationForm';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { useLanguage } from '../../../ui/useLanguage';
import { useCurrencies } from '../api/useCurrencies';
import { useRecordRate } from '../api/useRecordRate';
import { useSubmissionKeys } from '../api/useSubmissionKeys';
import { localToday } from './bookingDraft';
import { formatDecimal } from './money';
import { toRateBody, type RateDraft } from './rateDraft';

interface RateFormProps {
  /** The pair the report lacks, offered until the user picks another. */
  suggested: { base: string; quote: string } | null;
  reportCurrency: string;
}

/**
 * The Secretariat records a dated exchange rate, 1 base = rate quote. Reports use the latest rate on or
 * before their day, in either direction, so one rate serves every project.
 */
export function RateForm({ suggested, reportCurrency }: RateFormProps) {
  const { t } = useTranslation('projects');
  const { code } = useLanguage();
  const currencies = useCurrencies();
  const record = useRecordRate();
  const keys = useSubmissionKeys();
  const headingId = useId();
  // Only what the user chose; the rest follows the report (the pair it lacks, today).
  const [chosen, setChosen] = useState<Partial<RateDraft>>({});
  const [recorded, setRecorded] = useState('');
  const draft: RateDraft = {
    base: chosen.base ?? suggested?.base ?? '',
    quote: chosen.quote ?? suggested?.quote ?? reportCurrency,
    rate: chosen.rate ?? '',
    date: chosen.date ?? localToday(),
  };
  const set = (patch: Partial<RateDraft>) => {
    record.reset();
    setRecorded('');
    setChosen((c) => ({ ...c, ...patch }));
  };

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = toRateBody(draft);
    record.mutate(
      { body, idempotencyKey: keys.keyFor(body) },
      {
        onSuccess: (rate) => {
          keys.settle();
          setRecorded(
            t('projects:rateForm.recorded', {
              base: rate.base,
              quote: rate.quote,
              rate: formatDecimal(rate.rate, code),
              date: formatPartialDate(rate.date, code),
            }),
          );
          setChosen({ base: draft.base, quote: draft.quote, date: draft.date });
        },
      },
    );
  }

  const labels = {
    '/base': t('projects:rateForm.base'),
    '/quote': t('projects:rateForm.quote'),
    '/rate': t('projects:rateForm.rate'),
    '/date': t('projects:rateForm.date'),
  };
  const options = (selected: string) =>
    (currencies.data ?? (selected ? [{ code: selected, exponent: 2 }] : [])).map((c) => (
      <option key={c.code} value={c.code}>
        {c.code}
      </option>
    ));

  return (
    <MutationForm
      statusTestId="rate-status"
      mutation={record}
      submitLabel={t('projects:rateForm.submit')}
      submitDisabled={!draft.base || !draft.quote || !draft.rate.trim()}
      success={recorded}
      fieldLabels={labels}
      className="form form--card form--wide"
      onSubmit={submit}
      aria-labelledby={headingId}
      data-testid="rate-form"
    >
      <h3 id={headingId}>{t('projects:rateForm.title')}</h3>
      <p className="field__hint">{t('projects:rateForm.hint')}</p>
      <div className="form-grid">
        <SelectField
          label={labels['/base']}
          name="/base"
          value={draft.base}
          onChange={(base) => set({ base })}
          required
        >
          <option value="">{t('projects:choose')}</option>
          {options(draft.base)}
        </SelectField>
        <SelectField
          label={labels['/quote']}
          name="/quote"
          value={draft.quote}
          onChange={(quote) => set({ quote })}
          required
        >
          {options(draft.quote)}
        </SelectField>
        <TextField
          label={labels['/rate']}
          name="/rate"
          hint={
            draft.base && draft.quote
              ? t('projects:rateForm.rateHint', { base: draft.base, quote: draft.quote })
              : undefined
          }
          value={draft.rate}
          onChange={(rate) => set({ rate })}
          inputMode="decimal"
          autoComplete="off"
          required
          maxLength={30}
        />
        <TextField
          label={labels['/date']}
          name="/date"
          type="date"
          value={draft.date}
          onChange={(date) => set({ date })}
          required
        />
      </div>
    </MutationForm>
  );
}
