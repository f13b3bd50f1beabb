import { useTranslation } from 'react-i18next';
import type { MeetingSummaryDto } from '../../../../contracts/meetings';
import { formatDateRange, formatInstantRange, readerTimeZone, timeZoneName } from '../../../ui/dates';
import { useLanguage } from '../../../ui/useLanguage';

type Dated = Pick<
  MeetingSummaryDto,
  'startDate' | 'endDate' | 'startTime' | 'endTime' | 'allDay' | 'startsAt' | 'endsAt' | 'timeZone'
>;

interface MeetingDatesProps {
  meeting: Dated;
  /** Also convert a timed meeting into the reader's own zone. */
  withReaderZone?: boolean;
}

/**
 * A meeting's dates as the host gives them, in the host's zone. An all-day meeting is a span of
 * calendar days and is never shifted; a timed one names the host zone and, if asked, the same span in
 * the reader's zone.
 */
export function MeetingDates({ meeting, withReaderZone }: MeetingDatesProps) {
  const { t } = useTranslation('meetings');
  const { code } = useLanguage();
  if (meeting.allDay || !meeting.startsAt || !meeting.endsAt) {
    return (
      <time dateTime={meeting.startDate} className="meeting-dates">
        {formatDateRange(meeting.startDate, meeting.endDate, code)}
      </time>
    );
  }
  const at = new Date(meeting.startsAt);
  const reader = readerTimeZone();
  return (
    <span className="meeting-dates">
      <span className="meeting-dates__host">
        <time dateTime={meeting.startsAt}>
          {formatInstantRange(meeting.startsAt, meeting.endsAt, code, meeting.timeZone)}
        </time>{' '}
        <span className="meeting-dates__zone">
          {t('meetings:dates.hostZone', { zone: timeZoneName(meeting.timeZone, code, at) })}
        </span>
      </span>
      {withReaderZone && reader !== meeting.timeZone && (
        <span className="meeting-dates__reader" data-testid="reader-zone">
          {t('meetings:dates.readerZone', {
            when: formatInstantRange(meeting.startsAt, meeting.endsAt, code, reader),
            zone: timeZoneName(reader, code, at),
          })}
        </span>
      )}
    </span>
  );
}
