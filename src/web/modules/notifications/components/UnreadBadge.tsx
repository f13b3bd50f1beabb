import { useTranslation } from 'react-i18next';
import { useUnreadCount } from '../api/useUnreadCount';

/** The number of unread notices next to "Inbox"; nothing when there are none. */
export function UnreadBadge() {
  const { t } = useTranslation('notifications');
  const count = useUnreadCount();
  if (!count) return null;
  return (
    <span className="count-badge" data-testid="unread-count">
      <span aria-hidden="true">{count}</span>
      <span className="visually-hidden"> ({t('notifications:unread', { count })})</span>
    </span>
  );
}
