import { useQuery } from '@tanstack/react-query';
import { fetchMeeting, meetingsKeys } from './meetingsApi';

export function useMeeting(id: string) {
  return useQuery({ queryKey: meetingsKeys.detail(id), queryFn: () => fetchMeeting(id) });
}
