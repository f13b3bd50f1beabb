import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { NotificationDto } from '../../../../contracts/notifications';
import { useAuth } from '../../auth';
import { markRead, notificationsKeys } from './notificationsApi';

export function useMarkRead() {
  const queryClient = useQueryClient();
  const { csrfToken } = useAuth();
  return useMutation({
    mutationFn: (id: string) => markRead(id, csrfToken),
    onSuccess: (_, id) => {
      queryClient.setQueryData<NotificationDto[]>(notificationsKeys.list(false), (items) =>
        items?.map((n) => (n.id === id ? { ...n, read: true } : n)),
      );
      void queryClient.invalidateQueries({ queryKey: notificationsKeys.unread() });
      void queryClient.invalidateQueries({ queryKey: notificationsKeys.list(true) });
    },
  });
}
