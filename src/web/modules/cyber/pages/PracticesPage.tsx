import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../ui/Loading';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { useAuth } from '../../auth';
import { useStates } from '../../states';
import {
  PROPOSE_ROLES,
  statesWithRole,
  usePractices,
  type PracticeFilters as Filters,
} from '../api/practices';
import { PracticeCard } from '../components/PracticeCard';
import { PracticeFilters } from '../components/PracticeFilters';
import { ProposePracticeForm } from '../components/ProposePracticeForm';

const route = getRouteApi('/cyber/practices');

/** The best-practices library: what this reader may see of it, filtered, and a propose form for CERTs. */
export function PracticesPage() {
  const { t } = useTranslation('cyberPractices');
  const filters = route.useSearch();
  const navigate = route.useNavigate();
  const { me } = useAuth();
  const states = useStates();
  const list = usePractices(filters);
  useDocumentTitle(t('cyberPractices:title'));

  const members = (states.data ?? []).filter((s) => s.status === 'member').map((s) => s.code);
  const mayPropose = statesWithRole(me?.mandates ?? [], PROPOSE_ROLES, members).length > 0;

  function filter(next: Filters) {
    const search = Object.fromEntries(Object.entries(next).filter(([, v]) => v !== undefined)) as Filters;
    void navigate({ search, replace: true });
  }

  return (
    <div className="page">
      <div className="page-head">
        <h1>{t('cyberPractices:title')}</h1>
      </div>
      <p className="lead">{t('cyberPractices:intro')}</p>
      {mayPropose && (
        <details className="panel propose-panel">
          <summary>{t('cyberPractices:propose.open')}</summary>
          <ProposePracticeForm />
        </details>
      )}
      <PracticeFilters value={filters} counts={list.data?.counts} onChange={filter} />
      {list.data ? (
        <>
          <p className="muted" data-testid="practice-count" aria-live="polite">
            {t('cyberPractices:count', { count: list.data.total })}
          </p>
          {list.data.items.length === 0 ? (
            <p className="notice" data-testid="no-practices">
              {t('cyberPractices:empty')}
            </p>
          ) : (
            <ul className="cards practice-list" data-testid="practice-list">
              {list.data.items.map((p) => (
                <PracticeCard key={p.id} practice={p} />
              ))}
            </ul>
          )}
        </>
      ) : (
        list.isPending && <Loading />
      )}
      <ProblemAlert error={list.error} />
    </div>
  );
}
