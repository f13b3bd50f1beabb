import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TLP_LEVELS } from '../../../../contracts/cyber-browse';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import type { ObjectFilters as Filters } from '../api/cyberApi';
import { CYBER_OBSERVABLE_TYPES, DOMAIN_TYPES, isObjectType, RELATIONSHIP_TYPES } from './objectTypes';
import { TLP_TEXT } from './TlpLabel';

interface ObjectFiltersProps {
  value: Filters;
  /** Member states whose CERT has a collection, with their names in the UI language. */
  certs: readonly { code: string; name: string }[];
  onChange: (filters: Filters) => void;
}

/** The object browser's filters; each change starts again from the first page. */
export function ObjectFilters({ value, certs, onChange }: ObjectFiltersProps) {
  const { t } = useTranslation('cyber');
  const [words, setWords] = useState(value.q ?? '');
  const set = (patch: Filters) => onChange({ ...value, ...patch, before: undefined });
  return (
    <form
      className="filters"
      role="search"
      aria-label={t('cyber:filter.label')}
      onSubmit={(e) => {
        e.preventDefault();
        set({ q: words.trim() || undefined });
      }}
    >
      <TextField
        label={t('cyber:filter.words')}
        type="search"
        value={words}
        onChange={setWords}
        maxLength={200}
      />
      <SelectField
        label={t('cyber:filter.type')}
        value={value.type ?? ''}
        onChange={(v) => set({ type: isObjectType(v) ? v : undefined })}
      >
        <option value="">{t('cyber:filter.anyType')}</option>
        <optgroup label={t('cyber:filter.domainObjects')}>
          {DOMAIN_TYPES.map((x) => (
            <option key={x} value={x}>
              {x}
            </option>
          ))}
        </optgroup>
        <optgroup label={t('cyber:filter.relationshipObjects')}>
          {RELATIONSHIP_TYPES.map((x) => (
            <option key={x} value={x}>
              {x}
            </option>
          ))}
        </optgroup>
        <optgroup label={t('cyber:filter.cyberObservables')}>
          {CYBER_OBSERVABLE_TYPES.map((x) => (
            <option key={x} value={x}>
              {x}
            </option>
          ))}
        </optgroup>
      </SelectField>
      <SelectField
        label={t('cyber:filter.tlp')}
        value={value.tlp ?? ''}
        onChange={(v) => set({ tlp: TLP_LEVELS.find((l) => l === v) })}
      >
        <option value="">{t('cyber:filter.anyTlp')}</option>
        {TLP_LEVELS.map((l) => (
          <option key={l} value={l}>
            {TLP_TEXT[l]}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('cyber:filter.cert')}
        value={value.cert ?? ''}
        onChange={(v) => set({ cert: v || undefined })}
      >
        <option value="">{t('cyber:filter.anyCert')}</option>
        {certs.map((c) => (
          <option key={c.code} value={c.code}>
            {c.name}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t('cyber:filter.from')}
        type="date"
        value={value.from ?? ''}
        onChange={(v) => set({ from: v || undefined })}
      />
      <TextField
        label={t('cyber:filter.to')}
        type="date"
        value={value.to ?? ''}
        onChange={(v) => set({ to: v || undefined })}
      />
      <div className="form__actions">
        <button type="submit" className="button">
          {t('cyber:filter.search')}
        </button>
      </div>
    </form>
  );
}
