import { Link, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { DemoBadge } from '../../../ui/DemoBadge';
import { Loading } from '../../../ui/Loading';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { Translated } from '../../../ui/Translated';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { useLocalized } from '../../../ui/useLocalized';
import { useStateNames } from '../../states';
import { useDesignation, useProgrammes } from '../api/cultureApi';
import '../components/culture.css';
import { CultureNav } from '../components/CultureNav';
import { periodOf } from '../components/Period';

/** One designation's public page: its list, states, places, the criteria met, the decision and the source. */
export function DesignationPage() {
  const { id } = useParams({ from: '/culture/designations/$id' });
  const { t } = useTranslation('culture');
  const localized = useLocalized();
  const d = useDesignation(id);
  const programmes = useProgrammes();
  const stateName = useStateNames();
  useDocumentTitle(d.data ? localized(d.data.name) : t('culture:designations.title'));
  if (d.isError) return <ProblemAlert error={d.error} />;
  if (!d.data) return <Loading />;
  const p = programmes.data?.find((x) => x.code === d.data.programme);
  const criteria = p?.criteria.filter((c) => d.data.criteria.includes(c.code)) ?? [];
  return (
    <main className="culture-source">
      <h1>
        <Translated value={d.data.name} /> {d.data.demo && <DemoBadge />}
      </h1>
      <CultureNav />
      <dl className="facts" data-testid="designation-facts">
        <dt>{t('culture:programme')}</dt>
        <dd>{p ? <Translated value={p.name} /> : d.data.programme}</dd>
        <dt>{t('culture:states')}</dt>
        <dd>{d.data.states.map(stateName).join(', ')}</dd>
        <dt>{t('culture:period')}</dt>
        <dd>{periodOf(d.data)}</dd>
        <dt>{t('culture:decision')}</dt>
        <dd>
          {d.data.decisionId ? (
            <Link to="/decisions/$id" params={{ id: d.data.decisionId }}>
              {d.data.decisionNumber ?? d.data.decisionId}
            </Link>
          ) : (
            t('culture:designations.noDecision')
          )}
        </dd>
        <dt>{t('culture:source')}</dt>
        <dd className="culture-source">{d.data.source}</dd>
      </dl>
      {d.data.description && (
        <p>
          <Translated value={d.data.description} />
        </p>
      )}
      {criteria.length > 0 && (
        <>
          <h2>{t('culture:programmes.criteria')}</h2>
          <ul>
            {criteria.map((c) => (
              <li key={c.code}>
                <Translated value={c.text} />
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>{t('culture:places')}</h2>
      <ul>
        {d.data.places.map((pl, i) => (
          <li key={i}>
            <Translated value={pl.name} /> ({stateName(pl.state)}
            {pl.geometry?.type === 'Point'
              ? `, ${pl.geometry.coordinates[1]}, ${pl.geometry.coordinates[0]}`
              : `, ${t('culture:noPosition')}`}
            )
          </li>
        ))}
      </ul>
    </main>
  );
}
