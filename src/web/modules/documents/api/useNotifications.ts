import { useQuery } from '@tanstack/react-query';
import { documentsKeys, fetchNotifications } from './documentsApi';

/** The depositary notifications of an instrument, numbered, in the order they were issued. */
export function useNotifications(id: string) {
  return useQuery({
    queryKey: documentsKeys.notifications(id),
    queryFn: () => fetchNotifications(id),
    staleTime: 0,
  });
}
