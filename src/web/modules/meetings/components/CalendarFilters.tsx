import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../ui/SelectField';
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
      <SelectField
        label={t('meetings:filter.body')}
        value={value.body ?? ''}
        onChange={(v) => set({ body: v || undefined })}
      >
        <option value="">{t('meetings:filter.anyBody')}</option>
        {(bodies.data ?? []).map((b) => (
          <option key={b.code} value={b.code}>
            {name(b.name)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('meetings:filter.level')}
        value={value.level ?? ''}
        onChange={(v) => set({ level: isMeetingLevel(v) ? v : undefined })}
      >
        <option value="">{t('meetings:filter.anyLevel')}</option>
        {MEETING_LEVELS.map((l) => (
          <option key={l} value={l}>
            {t(`meetings:level.${l}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('meetings:filter.state')}
        value={value.state ?? ''}
        onChange={(v) => set({ state: v || undefined })}
      >
        <option value="">{t('meetings:filter.anyState')}</option>
        {stateOptions.map((s) => (
          <option key={s.code} value={s.code}>
            {name(s.name)}
          </option>
        ))}
      </SelectField>
    </form>
  );
}
