import { useQuery } from '@tanstack/react-query';
import { useAuth } from '../../auth';
import { fetchNotifications, notificationsKeys } from './notificationsApi';

/** How many notices wait unread in the user's inboxes; undefined for a visitor. Renewed every minute. */
export function useUnreadCount(): number | undefined {
  const { me } = useAuth();
  const query = useQuery({
    queryKey: notificationsKeys.unread(),
    queryFn: async () => (await fetchNotifications(true)).length,
    enabled: !!me,
    staleTime: 30_000,
    refetchInterval: 60_000,
  });
  return me ? query.data : undefined;
}
