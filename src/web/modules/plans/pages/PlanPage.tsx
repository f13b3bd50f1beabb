import { getRouteApi, Link } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DemoBadge } from '../../../ui/DemoBadge';
import { Loading } from '../../../ui/Loading';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { useLocalized } from '../../../ui/useLocalized';
import { isSecretariat, statesSpokenFor, useAuth } from '../../auth';
import { useInstrument } from '../../documents';
import { exportUrl } from '../api/plansApi';
import { usePlan } from '../api/usePlan';
import { NotReportedList } from '../components/NotReportedList';
import { OverdueList } from '../components/OverdueList';
import { buildPlanTree, flattenPlanTree } from '../components/planTree';
import { ProgressBar } from '../components/ProgressBar';
import { ProgressTree } from '../components/ProgressTree';
import { RemindersPanel } from '../components/RemindersPanel';
import { StateProgressChart } from '../components/StateProgressChart';
import { PageTools } from '../../../ui/PageTools';

const route = getRouteApi('/plans/$id');

export function PlanPage() {
  const { t } = useTranslation('plans');
  const { id } = route.useParams();
  const query = usePlan(id);
  const plan = query.data;
  const instrument = useInstrument(plan?.instrumentId ?? '');
  const { me } = useAuth();
  const localized = useLocalized();
  const tree = useMemo(() => buildPlanTree(plan?.items ?? []), [plan?.items]);
  const nodes = useMemo(() => new Map(flattenPlanTree(tree).map((n) => [n.item.id, n])), [tree]);
  useDocumentTitle(plan ? localized(plan.title) : t('plans:plan'));

  if (!plan) {
    return (
      <div className="page">
        <h1>{t('plans:plan')}</h1>
        {query.isError ? <ProblemAlert error={query.error} /> : <Loading />}
      </div>
    );
  }

  const overdue = new Set(plan.overdue.map((o) => o.itemId));
  return (
    <div className="page plan-page">
      <p className="breadcrumb">
        <Link to="/documents/$id" params={{ id: plan.instrumentId }}>
          {instrument.data
            ? t('plans:implements', { title: localized(instrument.data.title) })
            : t('plans:backToInstrument')}
        </Link>
      </p>
      <header className="page-head">
        <h1>{localized(plan.title)}</h1>
        {plan.demo && (
          <p className="page-head__meta">
            <DemoBadge />
          </p>
        )}
      </header>
      <PageTools
        exports={[{ href: `/api/v1/plans/${plan.id}/progress.csv`, label: t('plans:progressCsv') }]}
      />

      <section aria-labelledby="overall-heading" className="panel plan-overall">
        <h2 id="overall-heading">{t('plans:overall')}</h2>
        <div data-testid="overall-progress">
          <ProgressBar value={plan.progress.overall} label={t('plans:overall')} large />
        </div>
        <p className="export-line">
          <a href={exportUrl(plan.id)} download>
            {t('plans:export')}
          </a>
        </p>
      </section>

      <section aria-labelledby="chart-heading">
        <h2 id="chart-heading">{t('plans:chart.title')}</h2>
        <StateProgressChart perState={plan.progress.perState} />
      </section>

      <section aria-labelledby="overdue-heading">
        <h2 id="overdue-heading">{t('plans:overdue.title')}</h2>
        <OverdueList overdue={plan.overdue} nodes={nodes} />
      </section>

      <section aria-labelledby="not-reported-heading">
        <h2 id="not-reported-heading">{t('plans:notReported.title')}</h2>
        <NotReportedList notReported={plan.notReported} />
      </section>

      {isSecretariat(me) && <RemindersPanel planId={plan.id} />}

      <section aria-labelledby="tree-heading">
        <h2 id="tree-heading">{t('plans:tree.title')}</h2>
        <ProgressTree planId={plan.id} tree={tree} reporterStates={statesSpokenFor(me)} overdue={overdue} />
      </section>
    </div>
  );
}
