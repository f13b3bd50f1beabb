import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../ui/Loading';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { useAuth } from '../../auth';
import { useStates } from '../../states';
import { canPropose } from '../api/projectPermissions';
import { exportPaths, type ProjectFilters as Filters } from '../api/projectsApi';
import { useProjects } from '../api/useProjects';
import { PipelineBoard } from '../components/PipelineBoard';
import { ProjectFilters } from '../components/ProjectFilters';

const route = getRouteApi('/projects');

export function ProjectsPage() {
  const { t } = useTranslation('projects');
  const filters = route.useSearch();
  const navigate = route.useNavigate();
  const { me } = useAuth();
  const states = useStates();
  const list = useProjects(filters);
  useDocumentTitle(t('projects:title'));

  function filter(next: Filters) {
    const search = Object.fromEntries(Object.entries(next).filter(([, v]) => v !== undefined)) as Filters;
    void navigate({ search, replace: true });
  }

  const members = (states.data ?? []).filter((s) => s.status === 'member').map((s) => s.code);
  const projects = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <div className="page">
      <div className="page-head page-head--with-action">
        <h1>{t('projects:title')}</h1>
        {canPropose(me, members) && (
          <Link to="/projects/new" className="button">
            {t('projects:propose')}
          </Link>
        )}
      </div>
      <p className="lead">{t('projects:intro')}</p>
      <p className="feed-link">
        <a href={exportPaths.feed} type="application/feed+json">
          {t('projects:feed')}
        </a>
      </p>
      <ProjectFilters value={filters} onChange={filter} />
      {list.data ? (
        projects.length === 0 && Object.keys(filters).length > 0 ? (
          <p className="notice" data-testid="no-projects">
            {t('projects:empty')}
          </p>
        ) : (
          <>
            <PipelineBoard projects={projects} stage={filters.stage} />
            {list.hasNextPage && (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => void list.fetchNextPage()}
                disabled={list.isFetchingNextPage}
              >
                {list.isFetchingNextPage ? t('projects:loadingMore') : t('projects:loadMore')}
              </button>
            )}
          </>
        )
      ) : (
        list.isPending && <Loading />
      )}
      <ProblemAlert error={list.error} />
    </div>
  );
}
