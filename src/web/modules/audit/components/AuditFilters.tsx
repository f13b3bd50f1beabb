import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FilterSelect } from '../../../ui/FilterSelect';
import { TextField } from '../../../ui/TextField';
import { useLocalized } from '../../../ui/useLocalized';
import { useStates } from '../../states';
import type { AuditFilters as Filters } from '../api/auditApi';
import { useActionLabel } from './useActionLabel';

interface AuditFiltersProps {
  value: Filters;
  onChange: (filters: Filters) => void;
}

/** Applied on submit, not per keystroke: an e-mail address half typed matches nothing. */
export function AuditFilters({ value, onChange }: AuditFiltersProps) {
  const { t } = useTranslation('audit');
  const name = useLocalized();
  const states = useStates();
  const actions = useActionLabel();
  const [draft, setDraft] = useState<Filters>(value);
  const set = (patch: Filters) => setDraft((d) => ({ ...d, ...patch }));
  const collator = new Intl.Collator(actions.language);
  const stateOptions = (states.data ?? [])
    .map((s) => ({ value: s.code, label: name(s.name) }))
    .sort((a, b) => collator.compare(a.label, b.label));

  function submit(e: FormEvent) {
    e.preventDefault();
    onChange(draft);
  }

  return (
    <form
      className="filters audit-filters"
      role="search"
      aria-label={t('audit:filter.label')}
      onSubmit={submit}
    >
      <TextField
        label={t('audit:filter.actor')}
        type="email"
        value={draft.actor ?? ''}
        onChange={(v) => set({ actor: v.trim() || undefined })}
      />
      <FilterSelect
        label={t('audit:filter.actingFor')}
        anyLabel={t('audit:filter.any')}
        value={draft.actingFor ?? ''}
        options={[{ value: 'secretariat', label: t('audit:secretariat') }, ...stateOptions]}
        onChange={(v) => set({ actingFor: v || undefined })}
      />
      <FilterSelect
        label={t('audit:filter.action')}
        anyLabel={t('audit:filter.any')}
        value={draft.action ?? ''}
        options={actions.all
          .map((a) => ({ value: a, label: actions.label(a) }))
          .sort((a, b) => collator.compare(a.label, b.label))}
        onChange={(v) => set({ action: v || undefined })}
      />
      <TextField
        label={t('audit:filter.targetType')}
        hint={t('audit:filter.targetTypeHint')}
        value={draft.targetType ?? ''}
        onChange={(v) => set({ targetType: v.trim() || undefined })}
      />
      <TextField
        label={t('audit:filter.targetId')}
        value={draft.targetId ?? ''}
        onChange={(v) => set({ targetId: v.trim() || undefined })}
      />
      <TextField
        label={t('audit:filter.from')}
        type="date"
        value={draft.from ?? ''}
        onChange={(v) => set({ from: v || undefined })}
      />
      <TextField
        label={t('audit:filter.to')}
        type="date"
        value={draft.to ?? ''}
        onChange={(v) => set({ to: v || undefined })}
      />
      <div className="audit-filters__actions">
        <button type="submit" className="button">
          {t('audit:filter.apply')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setDraft({});
            onChange({});
          }}
        >
          {t('audit:filter.clear')}
        </button>
      </div>
    </form>
  );
}
