import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { isSecretariat, useAuth } from '../../auth';
import { Loading } from '../../../ui/Loading';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { auditCsvHref, type AuditFilters as Filters } from '../api/auditApi';
import { useAuditLog } from '../api/useAuditLog';
import { AuditFilters } from '../components/AuditFilters';
import { AuditTable } from '../components/AuditTable';
import { VerifyChain } from '../components/VerifyChain';

const route = getRouteApi('/audit');

export function AuditPage() {
  const { t } = useTranslation('audit');
  const { me } = useAuth();
  const allowed = isSecretariat(me);
  const filters = route.useSearch();
  const navigate = route.useNavigate();
  const log = useAuditLog(filters, allowed);
  const filter = (next: Filters) => {
    const search = Object.fromEntries(Object.entries(next).filter(([, v]) => v !== undefined)) as Filters;
    void navigate({ search, replace: true });
  };
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
          {/* Keyed by the filters so that a link that narrows the log ("only this object") resets the form. */}
          <AuditFilters key={JSON.stringify(filters)} value={filters} onChange={filter} />
          <p>
            <a href={auditCsvHref(filters)} download data-testid="audit-csv">
              {Object.keys(filters).length > 0 ? t('audit:csvFiltered') : t('audit:csv')}
            </a>
          </p>
          {log.data?.pages[0]?.items.length === 0 ? (
            <p className="notice" data-testid="audit-empty">
              {t('audit:empty')}
            </p>
          ) : log.data ? (
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
