import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { isSecretariat, useAuth } from '../../auth';
import { Loading } from '../../../ui/Loading';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { useAuditLog } from '../api/useAuditLog';
import { AuditTable } from '../components/AuditTable';
import { VerifyChain } from '../components/VerifyChain';

export function AuditPage() {
  const { t } = useTranslation('audit');
  const { me } = useAuth();
  const allowed = isSecretariat(me);
  const log = useAuditLog(allowed);
  useDocumentTitle(t('audit:title'));

  let content;
  if (me === undefined) content = <Loading />;
  else if (me === null)
    content = (
      <p className="notice" data-testid="audit-not-allowed">
        {t('audit:signInFirst')} <Link to="/login">{t('common:signIn')}</Link>
      </p>
    );
  else if (!allowed)
    content = (
      <p className="notice" data-testid="audit-not-allowed">
        {t('audit:notAllowed')}
      </p>
    );
  else
    content = (
      <>
        <VerifyChain />
        <section aria-labelledby="entries-heading">
          <h2 id="entries-heading">{t('audit:entries')}</h2>
          <p>
            <a href="/api/v1/audit.csv" download>
              {t('audit:csv')}
            </a>
          </p>
          {log.data ? (
            <>
              <AuditTable entries={log.data.pages.flatMap((p) => p.items)} />
              {log.hasNextPage && (
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => void log.fetchNextPage()}
                  disabled={log.isFetchingNextPage}
                >
                  {log.isFetchingNextPage ? t('audit:loadingMore') : t('audit:loadMore')}
                </button>
              )}
            </>
          ) : (
            log.isPending && <Loading />
          )}
          {/* A failed "load more" keeps the pages already shown. */}
          <ProblemAlert error={log.error} />
        </section>
      </>
    );

  return (
    <div className="page">
      <h1>{t('audit:title')}</h1>
      {content}
    </div>
  );
}
