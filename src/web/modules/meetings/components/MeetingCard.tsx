import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { MeetingSummaryDto } from '../../../../contracts/meetings';
import { DemoBadge } from '../../../ui/DemoBadge';
import { useLocalized } from '../../../ui/useLocalized';
import { useStateNames } from '../../states';
import { MeetingDates } from './MeetingDates';

/** One meeting in a list: what, when, where, at what level. */
export function MeetingCard({ meeting }: { meeting: MeetingSummaryDto }) {
  const { t } = useTranslation('meetings');
  const localized = useLocalized();
  const stateName = useStateNames();
  return (
    <li className="meeting-card" data-meeting={meeting.id}>
      <p className="meeting-card__title">
        <Link to="/meetings/$id" params={{ id: meeting.id }}>
          {localized(meeting.title)}
        </Link>
        {meeting.demo && (
          <>
            {' '}
            <DemoBadge />
          </>
        )}
      </p>
      <p className="meeting-card__when">
        <MeetingDates meeting={meeting} />
      </p>
      <p className="meeting-card__meta">
        {t('meetings:place', { city: localized(meeting.city), state: stateName(meeting.hostState) })}
        {' · '}
        {t(`meetings:level.${meeting.level}`)}
        {meeting.body && ` · ${meeting.body}`}
      </p>
    </li>
  );
}
