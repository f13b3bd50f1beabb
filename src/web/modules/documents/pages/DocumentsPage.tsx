import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../ui/Loading';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { isSecretariat, useAuth } from '../../auth';
import { documentsCsvUrl, type DocumentFilters } from '../api/documentsApi';
import { useDocuments } from '../api/useDocuments';
import { DocumentSearch } from '../components/DocumentSearch';
import { InstrumentsTable } from '../components/InstrumentsTable';

const route = getRouteApi('/documents');

export function DocumentsPage() {
  const { t } = useTranslation('documents');
  const filters = route.useSearch();
  const navigate = route.useNavigate();
  const { me } = useAuth();
  const list = useDocuments(filters);
  useDocumentTitle(t('documents:title'));

  function filter(next: DocumentFilters) {
    const search = Object.fromEntries(
      Object.entries(next).filter(([, v]) => v !== undefined),
    ) as DocumentFilters;
    // A new search is a step that Back returns from; a changed filter replaces the address.
    void navigate({ search, replace: filters.q === next.q });
  }

  const instruments = list.data?.pages.flatMap((p) => p.items) ?? [];
  const total = list.data?.pages[0]?.total ?? 0;
  const filtered = Object.keys(filters).length > 0;
  return (
    <div className="page">
      <div className="page-head page-head--with-action">
        <h1>{t('documents:title')}</h1>
        {isSecretariat(me) && (
          <Link to="/documents/new" className="button">
            {t('documents:register')}
          </Link>
        )}
      </div>
      <p className="lead">{t('documents:intro')}</p>
      <DocumentSearch key={filters.q ?? ''} value={filters} onChange={filter} />
      {list.data ? (
        instruments.length === 0 ? (
          <p className="notice" data-testid="no-documents">
            {filters.q
              ? t('documents:noHits', { q: filters.q })
              : filtered
                ? t('documents:empty')
                : t('documents:emptyAll')}
          </p>
        ) : (
          <>
            {filters.q && (
              <p className="results-summary" role="status" data-testid="search-summary">
                {t('documents:hits', { count: instruments.length, q: filters.q })}
              </p>
            )}
            <InstrumentsTable instruments={instruments} total={total} />
            {list.hasNextPage && (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => void list.fetchNextPage()}
                disabled={list.isFetchingNextPage}
              >
                {list.isFetchingNextPage ? t('documents:loadingMore') : t('documents:loadMore')}
              </button>
            )}
          </>
        )
      ) : (
        list.isPending && <Loading />
      )}
      {/* A failed "load more" keeps the pages already shown. */}
      <ProblemAlert error={list.error} />
      <p className="export-line">
        <a href={documentsCsvUrl(filters)} download data-testid="documents-csv">
          {filtered ? t('documents:export.filtered') : t('documents:export.all')}
        </a>
        {filters.q && <span className="field__hint">{t('documents:export.withoutWords')}</span>}
      </p>
    </div>
  );
}
