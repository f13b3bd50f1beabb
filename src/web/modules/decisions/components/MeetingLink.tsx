import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatDateRange } from '../../../ui/dates';
import { useLanguage } from '../../../ui/useLanguage';
import { useLocalized } from '../../../ui/useLocalized';
import { useDecisionMeeting } from '../api/useDecisionMeeting';

/**
 * A link to the meeting a decision is linked to, named by its title and dates once loaded. A reader
 * who may not see a restricted meeting still gets the link; the meeting page explains.
 */
export function MeetingLink({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation('decisions');
  const { code } = useLanguage();
  const localized = useLocalized();
  const meeting = useDecisionMeeting(meetingId).data;
  return (
    <Link to="/meetings/$id" params={{ id: meetingId }} data-testid="decision-meeting">
      {meeting
        ? t('decisions:meeting.name', {
            title: localized(meeting.title),
            dates: formatDateRange(meeting.startDate, meeting.endDate, code),
          })
        : t('decisions:facts.meetingLink')}
    </Link>
  );
}
