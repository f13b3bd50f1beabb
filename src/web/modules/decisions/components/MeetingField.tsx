import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateRange } from '../../../ui/dates';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { SelectField } from '../../../ui/SelectField';
import { useLanguage } from '../../../ui/useLanguage';
import { useLocalized } from '../../../ui/useLocalized';
import { useUpcomingMeetings } from '../api/useUpcomingMeetings';
import { localDate } from './localDateTime';

interface MeetingFieldProps {
  value: string;
  onChange: (meetingId: string) => void;
}

/** The optional meeting a draft is linked to, chosen among those that have not ended yet. */
export function MeetingField({ value, onChange }: MeetingFieldProps) {
  const { t } = useTranslation('decisions');
  const { code } = useLanguage();
  const localized = useLocalized();
  // Fixed when the form opens, so that the list does not reload at midnight while it is filled in.
  const [today] = useState(() => localDate());
  const meetings = useUpcomingMeetings(today);

  return (
    <>
      <SelectField
        label={t('decisions:form.meeting')}
        hint={t('decisions:form.meetingHint')}
        value={value}
        onChange={onChange}
        disabled={!meetings.data}
      >
        <option value="">
          {meetings.isPending ? t('decisions:form.meetingLoading') : t('decisions:form.meetingNone')}
        </option>
        {(meetings.data ?? []).map((m) => (
          <option key={m.id} value={m.id}>
            {t('decisions:meeting.name', {
              title: localized(m.title),
              dates: formatDateRange(m.startDate, m.endDate, code),
            })}
          </option>
        ))}
      </SelectField>
      <ProblemAlert error={meetings.error} />
    </>
  );
}
