import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../auth';
import { Loading } from '../../../ui/Loading';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { canManageFeeds, useFeeds, useSetFeedStatus } from '../api/feeds';
import { FeedCard } from '../components/FeedCard';
import { FeedForm } from '../components/FeedForm';

/**
 * The exchange coordinator's page of feeds: the member CERTs' own TAXII servers the exchange polls,
 * each with its health, a form to register one, and pausing.
 */
export function FeedsPage() {
  const { t } = useTranslation('cyberFeeds');
  const { me } = useAuth();
  const allowed = canManageFeeds(me);
  const feeds = useFeeds(allowed);
  const toggle = useSetFeedStatus();
  useDocumentTitle(t('cyberFeeds:title'));

  let content;
  if (me === undefined) content = <Loading />;
  else if (!allowed)
    content = (
      <p className="notice" data-testid="feeds-not-allowed">
        {t('cyberFeeds:notAllowed')} {me === null && <Link to="/login">{t('common:signIn')}</Link>}
      </p>
    );
  else if (!feeds.data) content = feeds.isPending ? <Loading /> : <ProblemAlert error={feeds.error} />;
  else
    content = (
      <>
        <section aria-labelledby="feeds-heading">
          <h2 id="feeds-heading">{t('cyberFeeds:listHeading', { count: feeds.data.items.length })}</h2>
          <ProblemAlert error={toggle.error} />
          {feeds.data.items.length === 0 ? (
            <p className="notice" data-testid="feeds-none">
              {t('cyberFeeds:none')}
            </p>
          ) : (
            <div className="cards" data-testid="feeds-list">
              {feeds.data.items.map((f) => (
                <FeedCard
                  key={f.id}
                  feed={f}
                  busy={toggle.isPending && toggle.variables?.id === f.id}
                  onToggle={(action) => toggle.mutate({ id: f.id, action })}
                />
              ))}
            </div>
          )}
        </section>
        <FeedForm />
      </>
    );

  return (
    <div className="page">
      <h1>{t('cyberFeeds:title')}</h1>
      <p>{t('cyberFeeds:explain')}</p>
      {content}
    </div>
  );
}
