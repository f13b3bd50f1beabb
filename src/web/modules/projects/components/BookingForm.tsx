import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MutationForm } from '../../../ui/MutationForm';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { useLanguage } from '../../../ui/useLanguage';
import { useLocalized } from '../../../ui/useLocalized';
import { useStates } from '../../states';
import type { ProjectDto } from '../api/projectsApi';
import { useBookTransaction } from '../api/useBookTransaction';
import { useCurrencies } from '../api/useCurrencies';
import { useFunderNames } from '../api/useFunderNames';
import { useOrganisations } from '../api/useOrganisations';
import { useSubmissionKeys } from '../api/useSubmissionKeys';
import { localToday, toBookingBody, type BookingDraft } from './bookingDraft';
import { formatMoney } from './money';
import { ENTRY_KINDS, isEntryKind } from './projectValues';

interface BookingFormProps {
  project: ProjectDto;
  /** 'any' for the Secretariat (any state or organisation); otherwise the user's own states. */
  funders: 'any' | string[];
}

/**
 * Books a pledge, commitment, disbursement or expenditure. Each submission carries its own
 * Idempotency-Key; sending the same booking again after a failure reuses it, so it is booked once.
 */
export function BookingForm({ project, funders }: BookingFormProps) {
  const { t } = useTranslation('projects');
  const { code, intl } = useLanguage();
  const name = useLocalized();
  const funderName = useFunderNames();
  const states = useStates();
  const organisations = useOrganisations();
  const currencies = useCurrencies();
  const book = useBookTransaction(project.id);
  const keys = useSubmissionKeys();
  const headingId = useId();
  const [draft, setDraft] = useState<BookingDraft>(() => ({
    kind: 'commitment',
    funder: funders === 'any' ? '' : (funders[0] ?? ''),
    amount: '',
    currency: project.estimatedCost.currency,
    valueDate: localToday(),
    agreementNumber: '',
  }));
  const [booked, setBooked] = useState('');
  const set = (patch: Partial<BookingDraft>) => {
    book.reset();
    setBooked('');
    setDraft((d) => ({ ...d, ...patch }));
  };

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = toBookingBody(draft);
    book.mutate(
      { body, idempotencyKey: keys.keyFor(body) },
      {
        onSuccess: (entry) => {
          keys.settle();
          setBooked(
            t('projects:booking.booked', {
              kind: t(`projects:kind.${entry.kind}`),
              amount: formatMoney(entry.amount, entry.currency, code),
              funder: funderName(entry.funder),
            }),
          );
          setDraft((d) => ({ ...d, amount: '', agreementNumber: '' }));
        },
      },
    );
  }

  const collator = new Intl.Collator(intl);
  const stateOptions = [...(states.data ?? [])].sort((a, b) => collator.compare(name(a.name), name(b.name)));
  const exponent = currencies.data?.find((c) => c.code === draft.currency)?.exponent;
  const labels = {
    '/kind': t('projects:booking.kind'),
    '/funder': t('projects:booking.funder'),
    '/amount': t('projects:booking.amount'),
    '/currency': t('projects:booking.currency'),
    '/valueDate': t('projects:booking.valueDate'),
    '/agreementNumber': t('projects:booking.agreement'),
  };

  return (
    <MutationForm
      statusTestId="booking-status"
      mutation={book}
      submitLabel={t('projects:booking.submit')}
      submitDisabled={!draft.funder || !draft.amount}
      success={booked}
      fieldLabels={labels}
      className="form form--card form--wide"
      onSubmit={submit}
      aria-labelledby={headingId}
      data-testid="booking-form"
    >
      <h3 id={headingId}>{t('projects:booking.title')}</h3>
      <div className="form-grid">
        <SelectField
          label={labels['/kind']}
          name="/kind"
          hint={t(`projects:kindHint.${draft.kind}`)}
          value={draft.kind}
          onChange={(v) => isEntryKind(v) && set({ kind: v })}
        >
          {ENTRY_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`projects:kind.${k}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={labels['/funder']}
          name="/funder"
          value={draft.funder}
          onChange={(funder) => set({ funder })}
          required
        >
          {funders === 'any' ? (
            <>
              <option value="">{t('projects:choose')}</option>
              <optgroup label={t('projects:booking.states')}>
                {stateOptions.map((s) => (
                  <option key={s.code} value={s.code}>
                    {name(s.name)}
                  </option>
                ))}
              </optgroup>
              <optgroup label={t('projects:booking.organisations')}>
                {(organisations.data ?? []).map((o) => (
                  <option key={o.id} value={o.id}>
                    {name(o.nameLocalized)}
                  </option>
                ))}
              </optgroup>
            </>
          ) : (
            funders.map((s) => (
              <option key={s} value={s}>
                {funderName(s)}
              </option>
            ))
          )}
        </SelectField>
        <TextField
          label={labels['/amount']}
          name="/amount"
          hint={
            exponent === undefined
              ? undefined
              : exponent === 0
                ? t('projects:booking.amountWhole', { currency: draft.currency })
                : t('projects:booking.amountHint', { count: exponent, currency: draft.currency })
          }
          expected={t('common:expected.amount')}
          value={draft.amount}
          onChange={(amount) => set({ amount })}
          inputMode="decimal"
          autoComplete="off"
          required
          maxLength={24}
        />
        <SelectField
          label={labels['/currency']}
          name="/currency"
          value={draft.currency}
          onChange={(currency) => set({ currency })}
        >
          {(currencies.data ?? [{ code: draft.currency, exponent: 2 }]).map((c) => (
            <option key={c.code} value={c.code}>
              {c.code}
            </option>
          ))}
        </SelectField>
        <TextField
          label={labels['/valueDate']}
          name="/valueDate"
          type="date"
          value={draft.valueDate}
          onChange={(valueDate) => set({ valueDate })}
          required
        />
        <TextField
          label={labels['/agreementNumber']}
          name="/agreementNumber"
          hint={t('projects:optional')}
          value={draft.agreementNumber}
          onChange={(agreementNumber) => set({ agreementNumber })}
          maxLength={100}
        />
      </div>
    </MutationForm>
  );
}
