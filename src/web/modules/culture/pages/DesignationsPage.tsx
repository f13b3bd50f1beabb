import { Link } from '@tanstack/react-router';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { DemoBadge } from '../../../ui/DemoBadge';
import { Loading } from '../../../ui/Loading';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { Translated } from '../../../ui/Translated';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { LazyStateMap, useStateNames, useStates } from '../../states';
import { useDesignations, useProgrammes } from '../api/cultureApi';
import '../components/culture.css';
import { CultureNav } from '../components/CultureNav';
import { periodOf } from '../components/Period';

/** The public lists: a map of the states with designations, then every designation by list, and open data. */
export function DesignationsPage() {
  const { t } = useTranslation('culture');
  const designations = useDesignations();
  const programmes = useProgrammes();
  const states = useStates();
  const stateName = useStateNames();
  useDocumentTitle(t('culture:designations.title'));
  const count = new Map<string, number>();
  for (const d of designations.data ?? []) for (const s of d.states) count.set(s, (count.get(s) ?? 0) + 1);
  const members = (states.data ?? []).filter((s) => s.status === 'member');
  return (
    <main>
      <h1>{t('culture:designations.title')}</h1>
      <CultureNav />
      {designations.isError && <ProblemAlert error={designations.error} />}
      {!designations.data || !programmes.data ? (
        <Loading />
      ) : (
        <>
          {members.length > 0 && (
            <Suspense fallback={<Loading />}>
              <LazyStateMap
                testId="culture-map"
                states={members}
                label={t('culture:designations.map')}
                classOf={(s) => (count.get(s.code) ? 'status--member' : 'status--former map-state--faded')}
                labelOf={(s) =>
                  t('culture:designations.mapState', {
                    state: stateName(s.code),
                    count: count.get(s.code) ?? 0,
                  })
                }
                legend={<p>{t('culture:designations.legend')}</p>}
              />
            </Suspense>
          )}
          <p>
            {t('culture:designations.openData')} <a href="/api/v1/culture/designations.geojson">GeoJSON</a> ·{' '}
            <a href="/api/v1/culture/designations.jsonld">JSON-LD</a> ·{' '}
            <a href="/api/v1/culture/designations.csv">CSV</a>
          </p>
          <div data-testid="culture-designations">
            {programmes.data.map((p) => {
              const rows = designations.data.filter((d) => d.programme === p.code);
              return (
                <section key={p.code} aria-labelledby={`list-${p.code}`}>
                  <h2 id={`list-${p.code}`}>
                    <Translated value={p.name} />
                  </h2>
                  {rows.length === 0 ? (
                    <p>{t('culture:designations.none')}</p>
                  ) : (
                    <div
                      className="table-scroll"
                      role="region"
                      aria-labelledby={`list-${p.code}`}
                      tabIndex={0}
                    >
                      <table className="table">
                        <thead>
                          <tr>
                            <th scope="col">{t('culture:name')}</th>
                            <th scope="col">{t('culture:states')}</th>
                            <th scope="col">{t('culture:period')}</th>
                          </tr>
                        </thead>
                        <tbody>
                          {rows.map((d) => (
                            <tr key={d.id} data-designation-row={d.id}>
                              <th scope="row">
                                <Link to="/culture/designations/$id" params={{ id: d.id }}>
                                  <Translated value={d.name} />
                                </Link>
                                {d.demo && <DemoBadge />}
                              </th>
                              <td>{d.states.map(stateName).join(', ')}</td>
                              <td>{periodOf(d)}</td>
                            </tr>
                          ))}
                        </tbody>
                      </table>
                    </div>
                  )}
                </section>
              );
            })}
          </div>
        </>
      )}
    </main>
  );
}
