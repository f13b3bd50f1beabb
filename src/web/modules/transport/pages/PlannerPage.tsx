import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../ui/Loading';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { useLinks, useNodes, useRoutes } from '../api/transportApi';
import { LegsTable } from '../components/LegsTable';
import { NetworkMap } from '../components/NetworkMap';
import { PlannerForm } from '../components/PlannerForm';
import { RoutesTable } from '../components/RoutesTable';
import { TransportNav } from '../components/TransportNav';

const route = getRouteApi('/transport/planner');

/**
 * The multimodal route planner. The question lives in the address bar, so that an answer can be
 * shared; the alternatives are a table, the chosen one is drawn on the map and listed leg by leg.
 */
export function PlannerPage() {
  const { t } = useTranslation('transport');
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const nodes = useNodes();
  const links = useLinks();
  const routes = useRoutes(search);
  const [chosen, setChosen] = useState(0);
  useDocumentTitle(t('transport:planner.title'));
  const answer = routes.data;
  const picked = answer?.routes[Math.min(chosen, answer.routes.length - 1)];

  return (
    <div className="page">
      <h1>{t('transport:planner.title')}</h1>
      <p className="lead">{t('transport:planner.intro')}</p>
      <TransportNav />
      {nodes.data ? (
        <PlannerForm
          nodes={nodes.data}
          search={search}
          error={routes.error}
          pending={routes.isFetching}
          onSearch={(next) => {
            setChosen(0);
            void navigate({ search: next });
          }}
        />
      ) : (
        <Loading />
      )}
      <ProblemAlert error={nodes.error} />
      {routes.isFetching && <Loading />}
      {answer && nodes.data && links.data && (
        <section aria-labelledby="planner-answer" data-testid="planner-answer">
          <h2 id="planner-answer">{t('transport:planner.answer')}</h2>
          {answer.routes.length === 0 ? (
            <p>{t('transport:planner.noRoute')}</p>
          ) : (
            <>
              <p className="muted">
                {t('transport:planner.basis', {
                  basis: answer.emissionBasis,
                  cargo:
                    answer.cargo.tonnes !== null
                      ? t('transport:planner.tonnes', { count: answer.cargo.tonnes })
                      : t('transport:planner.teu', { count: answer.cargo.teu ?? 0 }),
                })}
              </p>
              <RoutesTable answer={answer} nodes={nodes.data} chosen={chosen} onChoose={setChosen} />
              {picked && (
                <>
                  <NetworkMap
                    nodes={nodes.data}
                    links={links.data}
                    route={picked.geometry.geometry.coordinates}
                    highlight={{
                      nodes: new Set(picked.legs.flatMap((l) => [l.from, l.to])),
                      links: new Set(picked.legs.map((l) => l.link)),
                    }}
                    label={t('transport:planner.mapLabel', { n: chosen + 1 })}
                    testId="planner-map"
                  />
                  <LegsTable route={picked} nodes={nodes.data} n={chosen + 1} />
                </>
              )}
            </>
          )}
        </section>
      )}
    </div>
  );
}
