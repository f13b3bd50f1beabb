import { useQuery } from '@tanstack/react-query';
import { fetchNotifications, notificationsKeys } from './notificationsApi';

export function useNotifications(unreadOnly: boolean, enabled: boolean) {
  return useQuery({
    queryKey: notificationsKeys.list(unreadOnly),
    queryFn: () => fetchNotifications(unreadOnly),
    enabled,
    staleTime: 0,
  });
}
