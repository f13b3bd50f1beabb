import { getRouteApi } from '@tanstack/react-router';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { StateStatus } from '../../../../contracts/states';
import { Loading } from '../../../ui/Loading';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { useStates } from '../api/useStates';
import { StatesTable } from '../components/StatesTable';
import { StatusFilter } from '../components/StatusFilter';

// The atlas and the projection code are most of the app's weight; only this page needs them.
const StatesMap = lazy(() => import('../components/StatesMap').then((m) => ({ default: m.StatesMap })));

const route = getRouteApi('/states');

export function StatesPage() {
  const { t } = useTranslation('states');
  const { status } = route.useSearch();
  const navigate = route.useNavigate();
  const states = useStates();
  useDocumentTitle(t('states:title'));

  function filter(next: StateStatus | undefined) {
    void navigate({ search: next ? { status: next } : {}, replace: true });
  }

  return (
    <div className="page">
      <h1>{t('states:title')}</h1>
      <p className="lead">{t('states:intro')}</p>
      {states.isPending ? (
        <Loading />
      ) : states.isError ? (
        <ProblemAlert error={states.error} />
      ) : (
        <>
          <StatusFilter states={states.data} value={status} onChange={filter} />
          <Suspense fallback={<Loading />}>
            <StatesMap states={states.data} highlight={status} />
          </Suspense>
          <StatesTable states={status ? states.data.filter((s) => s.status === status) : states.data} />
        </>
      )}
    </div>
  );
}
