import type { NotificationDto } from '../../../../contracts/notifications';
import { apiFetch } from '../../../app/apiFetch';

export const notificationsKeys = {
  all: ['notifications'] as const,
  list: (unreadOnly: boolean) => [...notificationsKeys.all, 'list', { unreadOnly }] as const,
  unread: () => [...notificationsKeys.all, 'unread'] as const,
};

/** The API's largest page; the unread count stops there. */
export const NOTIFICATIONS_LIMIT = 200;

export async function fetchNotifications(unreadOnly: boolean): Promise<NotificationDto[]> {
  const query = new URLSearchParams({ limit: String(NOTIFICATIONS_LIMIT) });
  if (unreadOnly) query.set('unread', 'true');
  return (await apiFetch<{ items: NotificationDto[] }>(`/api/v1/notifications?${query.toString()}`)).items;
}

export function markRead(id: string, csrfToken: string | null): Promise<void> {
  return apiFetch<void>(`/api/v1/notifications/${encodeURIComponent(id)}/read`, {
    method: 'POST',
    csrfToken,
  });
}
