import { useQuery } from '@tanstack/react-query';
import { decisionsKeys, fetchUpcomingMeetings } from './decisionsApi';

/** Meetings from `from` ('YYYY-MM-DD') on, soonest first, to link a draft to. */
export function useUpcomingMeetings(from: string) {
  return useQuery({
    queryKey: decisionsKeys.upcomingMeetings(from),
    queryFn: async () =>
      (await fetchUpcomingMeetings(from)).sort(
        (a, b) => a.startDate.localeCompare(b.startDate) || a.id.localeCompare(b.id),
      ),
  });
}
