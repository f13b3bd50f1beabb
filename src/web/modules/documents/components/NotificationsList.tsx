import { useTranslation } from 'react-i18next';
import { ExternalLink } from '../../../ui/ExternalLink';
import { useLocalized } from '../../../ui/useLocalized';
import { PartialDate } from '../../states';
import { notificationUrl, type DepositaryNotification } from '../api/documentsApi';

interface NotificationsListProps {
  instrumentId: string;
  notifications: readonly DepositaryNotification[];
}

/** The depositary's numbered notifications of actions, corrections and the entry into force. */
export function NotificationsList({ instrumentId, notifications }: NotificationsListProps) {
  const { t } = useTranslation('documents');
  const localized = useLocalized();
  return (
    <section aria-labelledby="notices-heading">
      <h2 id="notices-heading">{t('documents:notices.title')}</h2>
      {notifications.length === 0 ? (
        <p className="muted">{t('documents:notices.none')}</p>
      ) : (
        <ol className="notices" data-testid="notifications">
          {notifications.map((n) => (
            <li key={n.id} className="notices__item">
              <p className="notices__head">
                <ExternalLink href={notificationUrl(instrumentId, n.id)} className="notices__number">
                  {n.number}
                </ExternalLink>
                <PartialDate value={n.date} />
              </p>
              <p className="notices__text">{localized(n.text)}</p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
