import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { StateSummaryDto } from '../../../../contracts/states';
import { MutationForm } from '../../../ui/MutationForm';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { useLanguage } from '../../../ui/useLanguage';
import { useLocalized } from '../../../ui/useLocalized';
import type { OrganisationDto } from '../api/projectsApi';
import { useCreateProject } from '../api/useCreateProject';
import { useCurrencies } from '../api/useCurrencies';
import { useSubmissionKeys } from '../api/useSubmissionKeys';
import { ChoiceGrid } from './ChoiceGrid';
import { LocalizedFields } from '../../../ui/LocalizedFields';
import { LocationsField } from './LocationsField';
import { EMPTY_POINT, EMPTY_TEXT, toCreateBody, type ProjectDraft } from './projectDraft';
import { isSector, SECTORS } from './projectValues';

interface ProjectFormProps {
  states: StateSummaryDto[];
  organisations: OrganisationDto[];
  /** The member states the user proposes for as national coordinator. */
  proposingStates: string[];
  /** The Secretariat may propose on behalf of sponsors. */
  secretariat: boolean;
  onCreated: (id: string) => void;
}

const SECRETARIAT_PROPOSES = '';

/** A member state's coordinator proposes a project for their state; the Secretariat, for its sponsors. */
export function ProjectForm({
  states,
  organisations,
  proposingStates,
  secretariat,
  onCreated,
}: ProjectFormProps) {
  const { t } = useTranslation('projects');
  const name = useLocalized();
  const { intl } = useLanguage();
  const create = useCreateProject();
  const currencies = useCurrencies();
  const keys = useSubmissionKeys();
  const [draft, setDraft] = useState<ProjectDraft>(() => ({
    proposingState: proposingStates[0] ?? SECRETARIAT_PROPOSES,
    sponsors: [],
    title: EMPTY_TEXT,
    description: EMPTY_TEXT,
    expectedResults: EMPTY_TEXT,
    sector: '',
    countries: proposingStates.slice(0, 1),
    amount: '',
    currency: 'USD',
    locations: [EMPTY_POINT],
    plannedStart: '',
    plannedEnd: '',
    public: false,
  }));
  const set = (patch: Partial<ProjectDraft>) => {
    create.reset();
    setDraft((d) => ({ ...d, ...patch }));
  };

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = toCreateBody(draft);
    create.mutate(
      { body, idempotencyKey: keys.keyFor(body) },
      {
        onSuccess: (project) => {
          keys.settle();
          onCreated(project.id);
        },
      },
    );
  }

  const collator = new Intl.Collator(intl);
  const byName = [...states].sort((a, b) => collator.compare(name(a.name), name(b.name)));
  const stateOption = (s: StateSummaryDto) => ({ value: s.code, label: name(s.name) });
  const byProposer = draft.proposingState !== SECRETARIAT_PROPOSES;
  const labels: Record<string, string> = {
    '/proposingState': t('projects:form.proposedBy'),
    '/sponsors': t('projects:form.sponsors'),
    '/title/en': t('common:form.titleEn'),
    '/title/ru': t('common:form.titleRu'),
    '/title/zh': t('common:form.titleZh'),
    '/description/en': t('projects:form.descriptionEn'),
    '/description/ru': t('projects:form.descriptionRu'),
    '/description/zh': t('projects:form.descriptionZh'),
    '/expectedResults/en': t('projects:form.resultsEn'),
    '/expectedResults/ru': t('projects:form.resultsRu'),
    '/expectedResults/zh': t('projects:form.resultsZh'),
    '/sector': t('projects:form.sector'),
    '/countries': t('projects:form.countries'),
    '/estimatedCost/amount': t('projects:form.amount'),
    '/estimatedCost/currency': t('projects:form.currency'),
    '/locations': t('projects:form.locations'),
    '/plannedStart': t('projects:form.plannedStart'),
    '/plannedEnd': t('projects:form.plannedEnd'),
  };
  const languageLabels = (field: 'title' | 'description' | 'expectedResults') => ({
    en: labels[`/${field}/en`]!,
    ru: labels[`/${field}/ru`]!,
    zh: labels[`/${field}/zh`]!,
  });

  return (
    <MutationForm
      mutation={create}
      submitLabel={t('projects:form.submit')}
      fieldLabels={labels}
      className="form form--wide"
      onSubmit={submit}
      aria-labelledby="project-form-heading"
      data-testid="project-form"
    >
      <p className="field__hint">{t('projects:form.intro')}</p>
      {proposingStates.length + (secretariat ? 1 : 0) > 1 ? (
        <SelectField
          label={labels['/proposingState']!}
          name="/proposingState"
          value={draft.proposingState}
          onChange={(proposingState) => set({ proposingState })}
        >
          {proposingStates.map((s) => (
            <option key={s} value={s}>
              {name(states.find((x) => x.code === s)?.name ?? { en: s, ru: s, zh: s })}
            </option>
          ))}
          {secretariat && <option value={SECRETARIAT_PROPOSES}>{t('projects:form.bySecretariat')}</option>}
        </SelectField>
      ) : (
        <p className="notice" data-testid="proposed-by">
          {byProposer
            ? t('projects:form.proposingFor', {
                state:
                  name(states.find((x) => x.code === draft.proposingState)?.name ?? EMPTY_TEXT) ||
                  draft.proposingState,
              })
            : t('projects:form.secretariatFor')}
        </p>
      )}
      {!byProposer && (
        <ChoiceGrid
          legend={labels['/sponsors']!}
          hint={t('projects:form.sponsorsHint')}
          options={[
            ...byName.filter((s) => s.status === 'member').map(stateOption),
            ...organisations.map((o) => ({ value: o.id, label: name(o.nameLocalized) })),
          ]}
          value={draft.sponsors}
          onChange={(sponsors) => set({ sponsors })}
        />
      )}
      <LocalizedFields
        legend={t('projects:form.titleLegend')}
        labels={languageLabels('title')}
        value={draft.title}
        onChange={(title) => set({ title })}
        maxLength={300}
        required
      />
      <LocalizedFields
        legend={t('projects:form.descriptionLegend')}
        labels={languageLabels('description')}
        value={draft.description}
        onChange={(description) => set({ description })}
        multiline
        maxLength={20_000}
        required
        rows={5}
      />
      <LocalizedFields
        legend={t('projects:form.resultsLegend')}
        labels={languageLabels('expectedResults')}
        value={draft.expectedResults}
        onChange={(expectedResults) => set({ expectedResults })}
        multiline
        maxLength={20_000}
        required
        rows={5}
      />
      <SelectField
        label={labels['/sector']!}
        name="/sector"
        value={draft.sector}
        onChange={(v) => set({ sector: isSector(v) ? v : '' })}
        required
      >
        <option value="">{t('projects:choose')}</option>
        {SECTORS.map((s) => (
          <option key={s} value={s}>
            {t(`projects:sector.${s}`)}
          </option>
        ))}
      </SelectField>
      <ChoiceGrid
        legend={labels['/countries']!}
        hint={t('projects:form.countriesHint')}
        options={byName.map(stateOption)}
        value={draft.countries}
        onChange={(countries) => set({ countries })}
      />
      <fieldset className="fieldset">
        <legend>{t('projects:form.costLegend')}</legend>
        <div className="form-grid">
          <TextField
            label={labels['/estimatedCost/amount']!}
            name="/estimatedCost/amount"
            hint={t('projects:form.amountHint')}
            expected={t('common:expected.amount')}
            value={draft.amount}
            onChange={(amount) => set({ amount })}
            inputMode="decimal"
            autoComplete="off"
            required
            maxLength={24}
          />
          <SelectField
            label={labels['/estimatedCost/currency']!}
            name="/estimatedCost/currency"
            value={draft.currency}
            onChange={(currency) => set({ currency })}
          >
            {(currencies.data ?? [{ code: draft.currency, exponent: 2 }]).map((c) => (
              <option key={c.code} value={c.code}>
                {c.code}
              </option>
            ))}
          </SelectField>
        </div>
      </fieldset>
      <LocationsField value={draft.locations} onChange={(locations) => set({ locations })} />
      <fieldset className="fieldset">
        <legend>{t('projects:form.plannedLegend')}</legend>
        <div className="form-grid">
          <TextField
            label={labels['/plannedStart']!}
            name="/plannedStart"
            hint={t('projects:optional')}
            type="date"
            value={draft.plannedStart}
            onChange={(plannedStart) => set({ plannedStart })}
          />
          <TextField
            label={labels['/plannedEnd']!}
            name="/plannedEnd"
            hint={t('projects:optional')}
            type="date"
            value={draft.plannedEnd}
            onChange={(plannedEnd) => set({ plannedEnd })}
          />
        </div>
      </fieldset>
      <div className="choice">
        <input
          type="checkbox"
          id="project-public"
          checked={draft.public}
          onChange={(e) => set({ public: e.target.checked })}
          aria-describedby="project-public-hint"
        />
        <label htmlFor="project-public">{t('projects:form.public')}</label>
        <p id="project-public-hint" className="field__hint">
          {t('projects:form.publicHint')}
        </p>
      </div>
    </MutationForm>
  );
}
