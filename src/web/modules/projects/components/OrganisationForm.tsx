import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LocalizedFields } from '../../../ui/LocalizedFields';
import { MutationForm } from '../../../ui/MutationForm';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { useLanguage } from '../../../ui/useLanguage';
import { useLocalized } from '../../../ui/useLocalized';
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
  const localized = useLocalized();
  const countryName = useCountryNames();
  const register = useRegisterOrganisation();
  const keys = useSubmissionKeys();
  const headingId = useId();
  const empty = (): OrganisationDraft => ({
    name: { en: '', ru: '', zh: '' },
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
              name: localized(organisation.nameLocalized),
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
    '/name/en': t('projects:organisationForm.nameEn'),
    '/name/ru': t('projects:organisationForm.nameRu'),
    '/name/zh': t('projects:organisationForm.nameZh'),
    '/kind': t('projects:organisationForm.kind'),
    '/country': t('projects:organisationForm.country'),
    '/website': t('projects:organisationForm.website'),
  };

  return (
    <MutationForm
      statusTestId="organisation-status"
      mutation={register}
      submitLabel={t('projects:organisationForm.submit')}
      submitDisabled={!draft.name.en.trim() || !draft.kind || !draft.country}
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
      <LocalizedFields
        legend={t('projects:organisationForm.name')}
        hint={t('projects:organisationForm.nameHint')}
        labels={{ en: labels['/name/en'], ru: labels['/name/ru'], zh: labels['/name/zh'] }}
        name="/name"
        value={draft.name}
        onChange={(name) => set({ name })}
        maxLength={300}
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
