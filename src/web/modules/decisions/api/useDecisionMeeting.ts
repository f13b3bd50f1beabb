import { useQuery } from '@tanstack/react-query';
import { decisionsKeys, fetchMeeting } from './decisionsApi';

/**
 * The meeting a decision is linked to, for its title. A reader who may not see a restricted meeting
 * gets a 404, so callers link to the meeting page without a title then.
 */
export function useDecisionMeeting(meetingId: string | null) {
  return useQuery({
    queryKey: decisionsKeys.meeting(meetingId ?? ''),
    queryFn: () => fetchMeeting(meetingId!),
    enabled: meetingId !== null,
  });
}
