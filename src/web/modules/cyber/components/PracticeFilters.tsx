import { useTranslation } from 'react-i18next';
import { FilterSelect } from '../../../ui/FilterSelect';
import { TextField } from '../../../ui/TextField';
import { useStateNames } from '../../states';
import { MARKINGS, type PracticeFilters as Filters, type PracticeListDto } from '../api/practices';

interface PracticeFiltersProps {
  value: Filters;
  counts: PracticeListDto['counts'] | undefined;
  onChange: (filters: Filters) => void;
}

/** The library's filters; each choice shows how many matching practices the reader may see. */
export function PracticeFilters({ value, counts, onChange }: PracticeFiltersProps) {
  const { t } = useTranslation('cyberPractices');
  const stateName = useStateNames();
  const set = (patch: Filters) => onChange({ ...value, ...patch });
  const options = (
    of: Record<string, number> | undefined,
    current: string | undefined,
    label: (v: string) => string,
  ) => {
    const keys = Object.keys(of ?? {});
    if (current && !keys.includes(current)) keys.push(current);
    return keys.sort().map((v) => ({
      value: v,
      label: t('cyberPractices:filter.withCount', { label: label(v), count: of?.[v] ?? 0 }),
    }));
  };
  return (
    <form
      className="filters"
      role="search"
      aria-label={t('cyberPractices:filter.label')}
      onSubmit={(e) => e.preventDefault()}
    >
      <TextField
        label={t('cyberPractices:filter.search')}
        type="search"
        value={value.q ?? ''}
        onChange={(q) => set({ q: q.trim() ? q : undefined })}
        maxLength={200}
      />
      <FilterSelect
        label={t('cyberPractices:filter.tag')}
        anyLabel={t('cyberPractices:filter.anyTag')}
        value={value.tag ?? ''}
        options={options(counts?.tags, value.tag, (v) => v)}
        onChange={(v) => set({ tag: v || undefined })}
      />
      <FilterSelect
        label={t('cyberPractices:filter.state')}
        anyLabel={t('cyberPractices:filter.anyState')}
        value={value.state ?? ''}
        options={options(counts?.states, value.state, stateName)}
        onChange={(v) => set({ state: v || undefined })}
      />
      <FilterSelect
        label={t('cyberPractices:filter.adoptedBy')}
        anyLabel={t('cyberPractices:filter.anyAdopter')}
        value={value.adoptedBy ?? ''}
        options={options(counts?.adoptedBy, value.adoptedBy, stateName)}
        onChange={(v) => set({ adoptedBy: v || undefined })}
      />
      <FilterSelect
        label={t('cyberPractices:filter.marking')}
        anyLabel={t('cyberPractices:filter.anyMarking')}
        value={value.marking ?? ''}
        options={MARKINGS.map((m) => ({
          value: m,
          label: t('cyberPractices:filter.withCount', {
            label: t(`cyberPractices:marking.${m}`),
            count: counts?.markings[m] ?? 0,
          }),
        }))}
        onChange={(v) => set({ marking: v === 'clear' || v === 'green' ? v : undefined })}
      />
    </form>
  );
}
