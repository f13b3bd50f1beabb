import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { isSecretariat, useAuth } from '../../auth';
import { formatInstant } from '../../../ui/dates';
import { Loading } from '../../../ui/Loading';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { useLanguage } from '../../../ui/useLanguage';
import { useParkedDeliveries, useRetryDelivery } from '../api/jobsApi';

/**
 * Event deliveries that kept failing: the Secretariat sees what was not delivered, why, and sends it
 * again once the cause is fixed. Nothing here is lost while it waits.
 */
export function ParkedPage() {
  const { t } = useTranslation('jobs');
  const { code } = useLanguage();
  const { me } = useAuth();
  const allowed = isSecretariat(me);
  const parked = useParkedDeliveries(allowed);
  const retry = useRetryDelivery();
  useDocumentTitle(t('jobs:title'));

  let content;
  if (me === undefined) content = <Loading />;
  else if (!allowed)
    content = (
      <p className="notice" data-testid="jobs-not-allowed">
        {t('jobs:notAllowed')} {me === null && <Link to="/login">{t('common:signIn')}</Link>}
      </p>
    );
  else if (!parked.data) content = parked.isPending ? <Loading /> : <ProblemAlert error={parked.error} />;
  else if (parked.data.items.length === 0)
    content = (
      <p className="notice" data-testid="jobs-none">
        {t('jobs:none')}
      </p>
    );
  else
    content = (
      <>
        <ProblemAlert error={retry.error} />
        <div className="table-scroll" role="region" aria-labelledby="parked-caption" tabIndex={0}>
          <table className="table table--compact" data-testid="parked-table">
            <caption id="parked-caption">{t('jobs:caption', { count: parked.data.items.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('jobs:event')}</th>
                <th scope="col">{t('jobs:handler')}</th>
                <th scope="col">{t('jobs:attempts')}</th>
                <th scope="col">{t('jobs:parkedAt')}</th>
                <th scope="col">{t('jobs:lastError')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('jobs:actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {parked.data.items.map((d) => (
                <tr key={d.id}>
                  <td>
                    <code>{d.event}</code>
                  </td>
                  <td>
                    <code>{d.handler}</code>
                  </td>
                  <td>{d.attempts}</td>
                  <td>
                    {d.parkedAt ? <time dateTime={d.parkedAt}>{formatInstant(d.parkedAt, code)}</time> : '—'}
                  </td>
                  <td lang="en">{d.lastError ?? '—'}</td>
                  <td>
                    <button
                      type="button"
                      className="button button--secondary"
                      onClick={() => retry.mutate(d.id)}
                      disabled={retry.isPending}
                    >
                      {retry.isPending && retry.variables === d.id ? t('jobs:retrying') : t('jobs:retry')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </>
    );

  return (
    <div className="page">
      <h1>{t('jobs:title')}</h1>
      <p>{t('jobs:explain')}</p>
      {content}
    </div>
  );
}
