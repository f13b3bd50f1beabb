import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MutationForm } from '../../../ui/MutationForm';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { useLanguage } from '../../../ui/useLanguage';
import { useCountryNames } from '../api/useCountryNames';
import { useRegisterOrganisation } from '../api/useRegisterOrganisation';
import { useSubmissionKeys } from '../api/useSubmissionKeys';
import { ISO_COUNTRY_CODES } from './countryCodes';
import { toOrganisationBody, type OrganisationDraft } from './organisationDraft';
import { isOrganisationKind, ORGANISATION_KINDS } from './projectValues';

interface OrganisationFormProps {
  /** 'any' for the Secretariat (every ISO 3166 country); otherwise the coordinator's own countries. */
  countries: 'any' | string[];
}

/** Registers a company, bank or fund with its country, so that it can sponsor and fund projects. */
export function OrganisationForm({ countries }: OrganisationFormProps) {
  const { t } = useTranslation('projects');
  const { intl } = useLanguage();
  const countryName = useCountryNames();
  const register = useRegisterOrganisation();
  const keys = useSubmissionKeys();
  const headingId = useId();
  const empty = (): OrganisationDraft => ({
    name: '',
    kind: '',
    country: countries === 'any' ? '' : (countries[0] ?? ''),
    website: '',
  });
  const [draft, setDraft] = useState<OrganisationDraft>(empty);
  const [registered, setRegistered] = useState('');
  const set = (patch: Partial<OrganisationDraft>) => {
    register.reset();
    setRegistered('');
    setDraft((d) => ({ ...d, ...patch }));
  };

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = toOrganisationBody(draft);
    register.mutate(
      { body, idempotencyKey: keys.keyFor(body) },
      {
        onSuccess: (organisation) => {
          keys.settle();
          setRegistered(
            t('projects:organisationForm.registered', {
              name: organisation.name,
              country: countryName(organisation.country),
            }),
          );
          setDraft(empty());
        },
      },
    );
  }

  const collator = new Intl.Collator(intl);
  const codes = countries === 'any' ? ISO_COUNTRY_CODES : countries;
  const byName = codes
    .map((code) => ({ code, name: countryName(code) }))
    .sort((a, b) => collator.compare(a.name, b.name));
  const labels = {
    '/name': t('projects:organisationForm.name'),
    '/kind': t('projects:organisationForm.kind'),
    '/country': t('projects:organisationForm.country'),
    '/website': t('projects:organisationForm.website'),
  };

  return (
    <MutationForm
      statusTestId="organisation-status"
      mutation={register}
      submitLabel={t('projects:organisationForm.submit')}
      submitDisabled={!draft.name.trim() || !draft.kind || !draft.country}
      success={registered}
      fieldLabels={labels}
      className="form form--card form--wide"
      onSubmit={submit}
      aria-labelledby={headingId}
      data-testid="organisation-form"
    >
      <h2 id={headingId}>{t('projects:organisationForm.title')}</h2>
      <p className="field__hint">
        {countries === 'any'
          ? t('projects:organisationForm.hintSecretariat')
          : t('projects:organisationForm.hintCoordinator')}
      </p>
      <TextField
        label={labels['/name']}
        name="/name"
        value={draft.name}
        onChange={(name) => set({ name })}
        required
        maxLength={300}
        autoComplete="organization"
      />
      <div className="form-grid">
        <SelectField
          label={labels['/kind']}
          name="/kind"
          value={draft.kind}
          onChange={(v) => set({ kind: isOrganisationKind(v) ? v : '' })}
          required
        >
          <option value="">{t('projects:choose')}</option>
          {ORGANISATION_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`projects:organisationKind.${k}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={labels['/country']}
          name="/country"
          value={draft.country}
          onChange={(country) => set({ country })}
          required
        >
          {countries === 'any' && <option value="">{t('projects:choose')}</option>}
          {byName.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </SelectField>
      </div>
      <TextField
        label={labels['/website']}
        name="/website"
        hint={t('projects:organisationForm.websiteHint')}
        type="url"
        inputMode="url"
        value={draft.website}
        onChange={(website) => set({ website })}
        maxLength={500}
      />
    </MutationForm>
  );
}
