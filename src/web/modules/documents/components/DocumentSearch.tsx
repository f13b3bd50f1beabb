import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { useLanguage } from '../../../ui/useLanguage';
import { useLocalized } from '../../../ui/useLocalized';
import { useBodies, useStates } from '../../states';
import type { DocumentFilters } from '../api/documentsApi';
import {
  filterYears,
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
        <SelectField
          label={t('documents:filter.kind')}
          value={value.kind ?? ''}
          onChange={(v) => set({ kind: isInstrumentKind(v) ? v : undefined })}
        >
          <option value="">{t('documents:filter.any')}</option>
          {INSTRUMENT_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`documents:kind.${k}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('documents:filter.body')}
          value={value.body ?? ''}
          onChange={(v) => set({ body: v || undefined })}
        >
          <option value="">{t('documents:filter.any')}</option>
          {(bodies.data ?? []).map((b) => (
            <option key={b.code} value={b.code}>
              {name(b.name)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('documents:filter.year')}
          value={value.year ? String(value.year) : ''}
          onChange={(v) => set({ year: v ? Number(v) : undefined })}
        >
          <option value="">{t('documents:filter.any')}</option>
          {filterYears().map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('documents:filter.state')}
          value={value.state ?? ''}
          onChange={(v) => set({ state: v || undefined })}
        >
          <option value="">{t('documents:filter.anyState')}</option>
          {stateOptions.map((s) => (
            <option key={s.code} value={s.code}>
              {name(s.name)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('documents:filter.topic')}
          value={value.topic ?? ''}
          onChange={(v) => set({ topic: isTopic(v) ? v : undefined })}
        >
          <option value="">{t('documents:filter.any')}</option>
          {TOPICS.map((topic) => (
            <option key={topic} value={topic}>
              {t(`documents:topic.${topic}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('documents:filter.status')}
          value={value.status ?? ''}
          onChange={(v) => set({ status: isInstrumentStatus(v) ? v : undefined })}
        >
          <option value="">{t('documents:filter.any')}</option>
          {INSTRUMENT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`documents:status.${s}`)}
            </option>
          ))}
        </SelectField>
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
