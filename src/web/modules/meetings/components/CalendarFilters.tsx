import { useTranslation } from 'react-i18next';
import { FilterSelect } from '../../../ui/FilterSelect';
import { useLanguage } from '../../../ui/useLanguage';
import { useLocalized } from '../../../ui/useLocalized';
import { useBodies, useStates } from '../../states';
import type { MeetingFilters } from '../api/meetingsApi';
import { isMeetingLevel, MEETING_LEVELS } from './meetingValues';

interface CalendarFiltersProps {
  value: MeetingFilters;
  onChange: (filters: MeetingFilters) => void;
}

export function CalendarFilters({ value, onChange }: CalendarFiltersProps) {
  const { t } = useTranslation('meetings');
  const name = useLocalized();
  const bodies = useBodies();
  const states = useStates();
  const { intl } = useLanguage();
  const collator = new Intl.Collator(intl);
  const stateOptions = [...(states.data ?? [])].sort((a, b) => collator.compare(name(a.name), name(b.name)));
  const set = (patch: MeetingFilters) => onChange({ ...value, ...patch });

  return (
    <form className="filters" role="search" aria-label={t('meetings:filter.label')}>
      <FilterSelect
        label={t('meetings:filter.body')}
        anyLabel={t('meetings:filter.anyBody')}
        value={value.body ?? ''}
        options={(bodies.data ?? []).map((b) => ({ value: b.code, label: name(b.name) }))}
        onChange={(v) => set({ body: v || undefined })}
      />
      <FilterSelect
        label={t('meetings:filter.level')}
        anyLabel={t('meetings:filter.anyLevel')}
        value={value.level ?? ''}
        options={MEETING_LEVELS.map((l) => ({ value: l, label: t(`meetings:level.${l}`) }))}
        onChange={(v) => set({ level: isMeetingLevel(v) ? v : undefined })}
      />
      <FilterSelect
        label={t('meetings:filter.state')}
        anyLabel={t('meetings:filter.anyState')}
        value={value.state ?? ''}
        options={stateOptions.map((s) => ({ value: s.code, label: name(s.name) }))}
        onChange={(v) => set({ state: v || undefined })}
      />
    </form>
  );
}
