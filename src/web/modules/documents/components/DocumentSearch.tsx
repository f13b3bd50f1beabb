import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FilterSelect } from '../../../ui/FilterSelect';
import { TextField } from '../../../ui/TextField';
import { useLanguage } from '../../../ui/useLanguage';
import { useLocalized } from '../../../ui/useLocalized';
import { useBodies, useStates } from '../../states';
import type { DocumentFilters } from '../api/documentsApi';
import { useDocumentYears } from '../api/useDocumentYears';
import {
  INSTRUMENT_KINDS,
  INSTRUMENT_STATUSES,
  isInstrumentKind,
  isInstrumentStatus,
  isTopic,
  TOPICS,
} from './documentValues';

interface DocumentSearchProps {
  value: DocumentFilters;
  onChange: (filters: DocumentFilters) => void;
}

/**
 * The search words apply when the form is sent; each filter applies as soon as it is chosen. Give the
 * component a `key` of the current words so that going back in history shows them.
 */
export function DocumentSearch({ value, onChange }: DocumentSearchProps) {
  const { t } = useTranslation('documents');
  const { intl } = useLanguage();
  const name = useLocalized();
  const bodies = useBodies();
  const states = useStates();
  const years = useDocumentYears();
  const [q, setQ] = useState(value.q ?? '');
  const collator = new Intl.Collator(intl);
  const stateOptions = [...(states.data ?? [])].sort((a, b) => collator.compare(name(a.name), name(b.name)));
  const words = q.trim() || undefined;
  const set = (patch: DocumentFilters) => onChange({ ...value, q: words, ...patch });
  const filtered = Object.entries(value).some(([, v]) => v !== undefined);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    set({});
  }

  return (
    <form
      className="document-search"
      role="search"
      aria-label={t('documents:search.label')}
      onSubmit={submit}
    >
      <div className="document-search__words">
        <TextField
          type="search"
          label={t('documents:search.q')}
          hint={t('documents:search.hint')}
          value={q}
          onChange={setQ}
          maxLength={200}
          autoComplete="off"
        />
        <button type="submit" className="button">
          {t('documents:search.submit')}
        </button>
      </div>
      <div className="filters">
        <FilterSelect
          label={t('documents:filter.kind')}
          anyLabel={t('documents:filter.any')}
          value={value.kind ?? ''}
          options={INSTRUMENT_KINDS.map((k) => ({
            value: k,
            label: t(`documents:kind.${k}`),
          }))}
          onChange={(v) => set({ kind: isInstrumentKind(v) ? v : undefined })}
        />
        <FilterSelect
          label={t('documents:filter.body')}
          anyLabel={t('documents:filter.any')}
          value={value.body ?? ''}
          options={(bodies.data ?? []).map((b) => ({ value: b.code, label: name(b.name) }))}
          onChange={(v) => set({ body: v || undefined })}
        />
        <FilterSelect
          label={t('documents:filter.year')}
          anyLabel={t('documents:filter.any')}
          value={value.year ? String(value.year) : ''}
          options={(years.data ?? []).map((y) => ({ value: String(y), label: String(y) }))}
          onChange={(v) => set({ year: v ? Number(v) : undefined })}
        />
        <FilterSelect
          label={t('documents:filter.state')}
          anyLabel={t('documents:filter.anyState')}
          value={value.state ?? ''}
          options={stateOptions.map((s) => ({ value: s.code, label: name(s.name) }))}
          onChange={(v) => set({ state: v || undefined })}
        />
        <FilterSelect
          label={t('documents:filter.topic')}
          anyLabel={t('documents:filter.any')}
          value={value.topic ?? ''}
          options={TOPICS.map((topic) => ({
            value: topic,
            label: t(`documents:topic.${topic}`),
          }))}
          onChange={(v) => set({ topic: isTopic(v) ? v : undefined })}
        />
        <FilterSelect
          label={t('documents:filter.status')}
          anyLabel={t('documents:filter.any')}
          value={value.status ?? ''}
          options={INSTRUMENT_STATUSES.map((s) => ({
            value: s,
            label: t(`documents:status.${s}`),
          }))}
          onChange={(v) => set({ status: isInstrumentStatus(v) ? v : undefined })}
        />
        {filtered && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              setQ('');
              onChange({});
            }}
          >
            {t('documents:filter.clear')}
          </button>
        )}
      </div>
    </form>
  );
}
