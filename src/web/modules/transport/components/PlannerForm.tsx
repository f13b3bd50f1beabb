import { useEffect, useId, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { MODES, type Criterion, type NodeDto } from '../../../../contracts/transport';
import { isProblemError } from '../../../app/apiFetch';
import { FieldError } from '../../../ui/FieldError';
import { FormProblemContext, useFieldProblem, type FormProblem } from '../../../ui/formProblem';
import { useProblemText } from '../../../ui/problemText';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { useLanguage } from '../../../ui/useLanguage';
import { useCountryName } from './useCountryName';
import type { PlannerSearch } from '../api/transportApi';
import { CRITERION_LABEL, MODE_LABEL } from './labels';
import { draftFromSearch, searchFromDraft, type PlannerDraft } from './plannerDraft';
import { plannerProblemFields } from './plannerProblem';

const CRITERIA: Criterion[] = ['time', 'cost', 'co2', 'pareto'];

interface PlannerFormProps {
  nodes: readonly NodeDto[];
  search: PlannerSearch;
  /** The planner's last problem, shown at the field it names. */
  error: unknown;
  pending: boolean;
  onSearch: (search: PlannerSearch) => void;
}

/**
 * The planner's question. It is a query, not a write, so it is not a MutationForm; it shares the
 * form kit's fields and their way of showing a problem next to the field it concerns.
 */
export function PlannerForm({ nodes, search, error, pending, onSearch }: PlannerFormProps) {
  const { t } = useTranslation('transport');
  const { intl } = useLanguage();
  const stateName = useCountryName();
  const text = useProblemText();
  const ref = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState<PlannerDraft>(() => draftFromSearch(search));
  const set = <K extends keyof PlannerDraft>(key: K, value: PlannerDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const toggle = <K extends 'avoidCountries' | 'avoidModes'>(key: K, value: PlannerDraft[K][number]) =>
    setDraft((d) => {
      const list = d[key] as string[];
      return { ...d, [key]: list.includes(value) ? list.filter((x) => x !== value) : [...list, value] };
    });

  // Pickers by country, then by name: the reader looks for a place within its country.
  const byCountry = useMemo(() => {
    const collator = new Intl.Collator(intl);
    const groups = new Map<string, NodeDto[]>();
    for (const n of nodes) groups.set(n.country, [...(groups.get(n.country) ?? []), n]);
    return [...groups.entries()]
      .map(([code, list]) => ({
        code,
        name: stateName(code),
        nodes: list.sort((a, b) => collator.compare(a.name, b.name)),
      }))
      .sort((a, b) => collator.compare(a.name, b.name));
  }, [nodes, intl, stateName]);

  const fields = useMemo(() => plannerProblemFields(error), [error]);
  const problem = useMemo<FormProblem>(() => {
    if (!isProblemError(error)) return { messageFor: () => undefined };
    const schema = error.problem.code === 'http.validation_failed';
    return {
      messageFor: (name, expected) => {
        if (!fields.includes(name)) return undefined;
        if (!schema) return text(error.problem);
        return expected ? t('common:problem.expected', { expected }) : t('common:problem.fieldInvalid');
      },
    };
  }, [error, fields, text, t]);

  useEffect(() => {
    if (fields.length > 0) ref.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [fields]);

  function submit(event: FormEvent) {
    event.preventDefault();
    onSearch(searchFromDraft(draft));
  }

  const picker = (key: 'from' | 'to', label: string) => (
    <SelectField label={label} name={`/${key}`} value={draft[key]} onChange={(v) => set(key, v)}>
      <option value="">{t('transport:planner.choose')}</option>
      {byCountry.map((g) => (
        <optgroup key={g.code} label={g.name}>
          {g.nodes.map((n) => (
            <option key={n.id} value={n.id}>
              {n.name}
            </option>
          ))}
        </optgroup>
      ))}
    </SelectField>
  );

  return (
    <form ref={ref} className="form" onSubmit={submit} noValidate data-testid="planner-form">
      {isProblemError(error) && fields.length === 0 && (
        <p className="field__error" role="alert">
          {text(error.problem)}
        </p>
      )}
      <FormProblemContext.Provider value={problem}>
        <div className="form-grid">
          {picker('from', t('transport:planner.from'))}
          {picker('to', t('transport:planner.to'))}
          <SelectField
            label={t('transport:planner.criterion')}
            name="/criterion"
            value={draft.criterion}
            onChange={(v) => set('criterion', v as Criterion)}
          >
            {CRITERIA.map((c) => (
              <option key={c} value={c}>
                {t(CRITERION_LABEL[c])}
              </option>
            ))}
          </SelectField>
          <TextField
            label={t('transport:planner.cargo')}
            hint={t('transport:planner.cargoHint')}
            name="/cargo"
            expected={t('transport:planner.cargoExpected')}
            inputMode="decimal"
            value={draft.cargoAmount}
            onChange={(v) => set('cargoAmount', v)}
          />
          <SelectField
            label={t('transport:planner.cargoUnit')}
            value={draft.cargoUnit}
            onChange={(v) => set('cargoUnit', v === 'teu' ? 'teu' : 't')}
          >
            <option value="t">{t('transport:unit.tonnes')}</option>
            <option value="teu">{t('transport:unit.teu')}</option>
          </SelectField>
          {draft.cargoUnit === 'teu' && (
            <TextField
              label={t('transport:planner.tonnesPerTeu')}
              hint={t('transport:planner.tonnesPerTeuHint')}
              name="/tonnesPerTeu"
              expected={t('transport:planner.cargoExpected')}
              inputMode="decimal"
              value={draft.tonnesPerTeu}
              onChange={(v) => set('tonnesPerTeu', v)}
            />
          )}
        </div>
        <AvoidFieldset>
          <fieldset className="transport-checks">
            <legend>{t('transport:planner.avoidModes')}</legend>
            {MODES.map((m) => (
              <label key={m}>
                <input
                  type="checkbox"
                  checked={draft.avoidModes.includes(m)}
                  onChange={() => toggle('avoidModes', m)}
                />
                {t(MODE_LABEL[m])}
              </label>
            ))}
          </fieldset>
          <fieldset className="transport-checks">
            <legend>{t('transport:planner.avoidCountries')}</legend>
            {byCountry.map((g) => (
              <label key={g.code}>
                <input
                  type="checkbox"
                  checked={draft.avoidCountries.includes(g.code)}
                  onChange={() => toggle('avoidCountries', g.code)}
                />
                {g.name}
              </label>
            ))}
          </fieldset>
          <SelectField
            label={t('transport:planner.avoidNode')}
            hint={t('transport:planner.avoidNodeHint')}
            value=""
            onChange={(v) =>
              v && !draft.avoidNodes.includes(v) && set('avoidNodes', [...draft.avoidNodes, v])
            }
          >
            <option value="">{t('transport:planner.choose')}</option>
            {byCountry.map((g) => (
              <optgroup key={g.code} label={g.name}>
                {g.nodes.map((n) => (
                  <option key={n.id} value={n.id}>
                    {n.name}
                  </option>
                ))}
              </optgroup>
            ))}
          </SelectField>
          {draft.avoidNodes.length > 0 && (
            <ul className="transport-links" aria-label={t('transport:planner.avoidedNodes')}>
              {draft.avoidNodes.map((id) => (
                <li key={id}>
                  <button
                    type="button"
                    className="button button--secondary"
                    onClick={() =>
                      set(
                        'avoidNodes',
                        draft.avoidNodes.filter((x) => x !== id),
                      )
                    }
                  >
                    {t('transport:planner.removeAvoided', {
                      name: nodes.find((n) => n.id === id)?.name ?? id,
                    })}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </AvoidFieldset>
        <div className="transport-checks">
          <label>
            <input
              type="checkbox"
              checked={draft.includePlanned}
              onChange={(e) => set('includePlanned', e.target.checked)}
            />
            {t('transport:planner.includePlanned')}
          </label>
        </div>
      </FormProblemContext.Provider>
      <div className="form__actions">
        <button type="submit" className="button" disabled={pending}>
          {t('transport:planner.submit')}
        </button>
      </div>
    </form>
  );
}

/** What to avoid, as one field: the planner names `avoid` as a whole when it refuses it. */
function AvoidFieldset({ children }: { children: ReactNode }) {
  const { t } = useTranslation('transport');
  const id = useId();
  const problem = useFieldProblem('/avoid', id);
  return (
    <fieldset
      className="planner-avoid"
      data-field="/avoid"
      tabIndex={-1}
      aria-invalid={problem.invalid || undefined}
      aria-describedby={problem.invalid ? problem.errorId : undefined}
    >
      <legend>{t('transport:planner.avoid')}</legend>
      {children}
      <FieldError problem={problem} />
    </fieldset>
  );
}
