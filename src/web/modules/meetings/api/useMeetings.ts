import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { fetchMeetings, meetingsKeys, type MeetingFilters, type MeetingRange } from './meetingsApi';

/** The previous month stays on screen while the next one loads, so the grid does not jump. */
export function useMeetings(filters: MeetingFilters, range: MeetingRange) {
  return useQuery({
    queryKey: meetingsKeys.list(filters, range),
    queryFn: () => fetchMeetings(filters, range),
    placeholderData: keepPreviousData,
  });
}
