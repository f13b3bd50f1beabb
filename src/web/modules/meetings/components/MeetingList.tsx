import { useTranslation } from 'react-i18next';
import type { MeetingSummaryDto } from '../../../../contracts/meetings';
import { MeetingCard } from './MeetingCard';

interface MeetingListProps {
  meetings: MeetingSummaryDto[];
  /** 'YYYY-MM-DD' in the reader's zone: a meeting still under way counts as upcoming. */
  today: string;
}

/** Upcoming meetings soonest first, then past ones latest first. */
export function MeetingList({ meetings, today }: MeetingListProps) {
  const { t } = useTranslation('meetings');
  const upcoming = meetings
    .filter((m) => m.endDate >= today)
    .sort(
      (a, b) => a.startDate.localeCompare(b.startDate) || (a.startsAt ?? '').localeCompare(b.startsAt ?? ''),
    );
  const past = meetings
    .filter((m) => m.endDate < today)
    .sort(
      (a, b) => b.startDate.localeCompare(a.startDate) || (b.startsAt ?? '').localeCompare(a.startsAt ?? ''),
    );

  return (
    <div className="meeting-lists">
      <section aria-labelledby="upcoming-heading">
        <h2 id="upcoming-heading">{t('meetings:list.upcoming', { n: upcoming.length })}</h2>
        {upcoming.length === 0 ? (
          <p className="muted">{t('meetings:list.noneUpcoming')}</p>
        ) : (
          <ol className="meeting-list" data-testid="upcoming">
            {upcoming.map((m) => (
              <MeetingCard key={m.id} meeting={m} />
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="past-heading">
        <h2 id="past-heading">{t('meetings:list.past', { n: past.length })}</h2>
        {past.length === 0 ? (
          <p className="muted">{t('meetings:list.nonePast')}</p>
        ) : (
          <ol className="meeting-list" data-testid="past">
            {past.map((m) => (
              <MeetingCard key={m.id} meeting={m} />
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
