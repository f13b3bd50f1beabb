import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { NotificationDto } from '../../../../contracts/notifications';
import { formatInstant } from '../../../ui/dates';
import { useLanguage } from '../../../ui/useLanguage';
import { useLocalized } from '../../../ui/useLocalized';
import { useStateNames } from '../../states';
import { useMarkRead } from '../api/useMarkRead';
import { NotificationText } from './NotificationText';

/** The page a notice is about: every subject has one, so that no notice is plain text. */
function SubjectLink({
  notification: n,
  onClick,
  children,
}: {
  notification: NotificationDto;
  onClick: () => void;
  children: string;
}) {
  const params = { id: n.subjectId };
  switch (n.subjectType) {
    case 'decision':
      return (
        <Link to="/decisions/$id" params={params} onClick={onClick}>
          {children}
        </Link>
      );
    case 'plan':
      return (
        <Link to="/plans/$id" params={params} onClick={onClick}>
          {children}
        </Link>
      );
  }
}

export function NotificationItem({ notification }: { notification: NotificationDto }) {
  const { t } = useTranslation('notifications');
  const { code } = useLanguage();
  const localized = useLocalized();
  const stateName = useStateNames();
  const mark = useMarkRead();
  const n = notification;
  const recipient = n.recipient === 'secretariat' ? t('notifications:secretariat') : stateName(n.recipient);
  const open = () => {
    if (!n.read) mark.mutate(n.id);
  };

  return (
    <li className={n.read ? 'inbox__item' : 'inbox__item inbox__item--unread'} data-notification={n.kind}>
      <p className="inbox__what">
        {!n.read && <span className="inbox__new">{t('notifications:new')}</span>}
        <NotificationText notification={n} />
      </p>
      <p className="inbox__title">
        <SubjectLink notification={n} onClick={open}>
          {localized(n.title)}
        </SubjectLink>
      </p>
      <p className="inbox__meta">
        <span>{t('notifications:for', { recipient })}</span>
        <time dateTime={n.createdAt}>{formatInstant(n.createdAt, code)}</time>
        {!n.read && (
          <button type="button" className="link-button" onClick={open} disabled={mark.isPending}>
            {t('notifications:markRead')}
          </button>
        )}
      </p>
    </li>
  );
}
