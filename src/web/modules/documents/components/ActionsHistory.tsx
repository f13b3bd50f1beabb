import { useTranslation } from 'react-i18next';
import type { InstrumentDto } from '../../../../contracts/documents';
import { ExternalLink } from '../../../ui/ExternalLink';
import { formatInstant } from '../../../ui/dates';
import { useLanguage } from '../../../ui/useLanguage';
import { PartialDate, useStateNames } from '../../states';
import { notificationUrl, type DepositaryNotification } from '../api/documentsApi';

interface ActionsHistoryProps {
  instrument: InstrumentDto;
  /** To link each depositary notification number to its printable page. */
  notifications: readonly DepositaryNotification[];
}

/** Every recorded action, oldest first, with the number of the depositary notification it gave rise to. */
export function ActionsHistory({ instrument, notifications }: ActionsHistoryProps) {
  const { t } = useTranslation('documents');
  const { code } = useLanguage();
  const stateName = useStateNames();
  const byNumber = new Map(notifications.map((n) => [n.number, n]));
  const actions = [...instrument.actions].sort((a, b) =>
    a.date === b.date ? a.recordedAt.localeCompare(b.recordedAt) : a.date.localeCompare(b.date),
  );

  return (
    <section aria-labelledby="actions-heading">
      <h2 id="actions-heading">{t('documents:actions.title')}</h2>
      {actions.length === 0 ? (
        <p className="notice" data-testid="no-actions">
          {t('documents:actions.none')}
        </p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby="actions-caption" tabIndex={0}>
          <table className="table table--compact" data-testid="actions-table">
            <caption id="actions-caption">
              {t('documents:actions.caption', { count: actions.length })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('documents:actions.date')}</th>
                <th scope="col">{t('documents:actions.state')}</th>
                <th scope="col">{t('documents:actions.kind')}</th>
                <th scope="col">{t('documents:actions.text')}</th>
                <th scope="col">{t('documents:actions.notification')}</th>
              </tr>
            </thead>
            <tbody>
              {actions.map((a) => {
                const notice = a.notificationNumber ? byNumber.get(a.notificationNumber) : undefined;
                return (
                  <tr key={a.id} data-action-row={a.id}>
                    <td className="nowrap">
                      <PartialDate value={a.date} />
                    </td>
                    <th scope="row">{stateName(a.state)}</th>
                    <td>{t(`documents:action.${a.kind}`)}</td>
                    <td>
                      {a.text && <p className="actions__text">{a.text}</p>}
                      <span className="actions__recorded">
                        {t('documents:actions.recorded', {
                          who: a.recordedBy ?? t('documents:actions.system'),
                          when: formatInstant(a.recordedAt, code),
                        })}
                      </span>
                    </td>
                    <td className="nowrap" data-testid="notification-number">
                      {notice ? (
                        <ExternalLink href={notificationUrl(instrument.id, notice.id)}>
                          {notice.number}
                        </ExternalLink>
                      ) : (
                        (a.notificationNumber ?? <span aria-hidden="true">—</span>)
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
