import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../ui/Loading';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { isSecretariat, useAuth } from '../../auth';
import type { DecisionFilters as Filters } from '../api/decisionsApi';
import { useDecisions } from '../api/useDecisions';
import { DecisionFilters } from '../components/DecisionFilters';
import { DecisionsTable } from '../components/DecisionsTable';

const route = getRouteApi('/decisions');

export function DecisionsPage() {
  const { t } = useTranslation('decisions');
  const filters = route.useSearch();
  const navigate = route.useNavigate();
  const { me } = useAuth();
  const list = useDecisions(filters);
  useDocumentTitle(t('decisions:title'));

  function filter(next: Filters) {
    const search = Object.fromEntries(Object.entries(next).filter(([, v]) => v !== undefined)) as Filters;
    void navigate({ search, replace: true });
  }

  const decisions = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <div className="page">
      <div className="page-head page-head--with-action">
        <h1>{t('decisions:title')}</h1>
        {isSecretariat(me) && (
          <Link to="/decisions/new" className="button">
            {t('decisions:draft')}
          </Link>
        )}
      </div>
      <p className="lead">{t('decisions:intro')}</p>
      <DecisionFilters value={filters} onChange={filter} />
      {list.data ? (
        decisions.length === 0 ? (
          <p className="notice" data-testid="no-decisions">
            {Object.keys(filters).length > 0 ? t('decisions:empty') : t('decisions:emptyAll')}
          </p>
        ) : (
          <>
            <DecisionsTable decisions={decisions} />
            {list.hasNextPage && (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => void list.fetchNextPage()}
                disabled={list.isFetchingNextPage}
              >
                {list.isFetchingNextPage ? t('decisions:loadingMore') : t('decisions:loadMore')}
              </button>
            )}
          </>
        )
      ) : (
        list.isPending && <Loading />
      )}
      {/* A failed "load more" keeps the pages already shown. */}
      <ProblemAlert error={list.error} />
    </div>
  );
}
