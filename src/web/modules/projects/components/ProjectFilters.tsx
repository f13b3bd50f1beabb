import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../ui/SelectField';
import { useLanguage } from '../../../ui/useLanguage';
import { useLocalized } from '../../../ui/useLocalized';
import { useStates } from '../../states';
import type { ProjectFilters as Filters } from '../api/projectsApi';
import { isSector, isStage, SECTORS, STAGES } from './projectValues';

interface ProjectFiltersProps {
  value: Filters;
  onChange: (filters: Filters) => void;
}

export function ProjectFilters({ value, onChange }: ProjectFiltersProps) {
  const { t } = useTranslation('projects');
  const name = useLocalized();
  const { intl } = useLanguage();
  const states = useStates();
  const collator = new Intl.Collator(intl);
  const countries = [...(states.data ?? [])].sort((a, b) => collator.compare(name(a.name), name(b.name)));
  const set = (patch: Filters) => onChange({ ...value, ...patch });

  return (
    <form className="filters" role="search" aria-label={t('projects:filter.label')}>
      <SelectField
        label={t('projects:filter.sector')}
        value={value.sector ?? ''}
        onChange={(v) => set({ sector: isSector(v) ? v : undefined })}
      >
        <option value="">{t('projects:filter.any')}</option>
        {SECTORS.map((s) => (
          <option key={s} value={s}>
            {t(`projects:sector.${s}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('projects:filter.country')}
        value={value.country ?? ''}
        onChange={(v) => set({ country: v || undefined })}
      >
        <option value="">{t('projects:filter.anyCountry')}</option>
        {countries.map((s) => (
          <option key={s.code} value={s.code}>
            {name(s.name)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('projects:filter.stage')}
        value={value.stage ?? ''}
        onChange={(v) => set({ stage: isStage(v) ? v : undefined })}
      >
        <option value="">{t('projects:filter.anyStage')}</option>
        {STAGES.map((s) => (
          <option key={s} value={s}>
            {t(`projects:stage.${s}`)}
          </option>
        ))}
      </SelectField>
    </form>
  );
}
