import { Link } from '@tanstack/react-router';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../ui/Loading';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { useAuth } from '../../auth';
import { useNotifications } from '../api/useNotifications';
import { NotificationItem } from '../components/NotificationItem';

/** Notices for the states the user acts for (and the Secretariat's), newest first. */
export function InboxPage() {
  const { t } = useTranslation('notifications');
  const { me } = useAuth();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const list = useNotifications(unreadOnly, !!me);
  const id = useId();
  useDocumentTitle(t('notifications:title'));

  let content;
  if (me === undefined) content = <Loading />;
  else if (me === null)
    content = (
      <p className="notice">
        {t('notifications:signInFirst')} <Link to="/login">{t('common:signIn')}</Link>
      </p>
    );
  else
    content = (
      <>
        <div className="choice">
          <input
            type="checkbox"
            id={id}
            checked={unreadOnly}
            onChange={(e) => setUnreadOnly(e.target.checked)}
          />
          <label htmlFor={id}>{t('notifications:unreadOnly')}</label>
        </div>
        <ProblemAlert error={list.error} />
        {list.isPending ? (
          <Loading />
        ) : list.data && list.data.length === 0 ? (
          <p className="notice">{unreadOnly ? t('notifications:noneUnread') : t('notifications:none')}</p>
        ) : (
          <ol className="inbox" data-testid="inbox" aria-label={t('notifications:listLabel')}>
            {list.data?.map((n) => (
              <NotificationItem key={n.id} notification={n} />
            ))}
          </ol>
        )}
      </>
    );

  return (
    <div className="page">
      <h1>{t('notifications:title')}</h1>
      <p className="lead">{t('notifications:intro')}</p>
      {content}
    </div>
  );
}
