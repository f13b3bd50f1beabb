import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { DemoBadge } from '../../../ui/DemoBadge';
import { Loading } from '../../../ui/Loading';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { Translated } from '../../../ui/Translated';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { useLocalized } from '../../../ui/useLocalized';
import { useWaterBody } from '../api/environmentApi';
import { SeriesChart } from '../components/SeriesChart';

const route = getRouteApi('/environment/water-bodies/$id');

/** A water body: a chart per indicator series, its plan of joint actions, the technologies applied there. */
export function WaterBodyPage() {
  const { t } = useTranslation('environment');
  const { id } = route.useParams();
  const body = useWaterBody(id);
  const loc = useLocalized();
  useDocumentTitle(body.data?.name.en ?? id);
  if (body.isError) return <ProblemAlert error={body.error} />;
  if (!body.data) return <Loading />;
  const b = body.data;
  return (
    <div className="page">
      <p>
        <Link to="/environment/water-bodies">{t('environment:water.title')}</Link>
      </p>
      <h1>
        <Translated value={b.name} />
      </h1>
      <h2>{t('environment:water.series')}</h2>
      {b.series.length ? (
        <div className="env-charts" data-testid="water-series">
          {b.series.map((s) => (
            <SeriesChart key={`${s.indicator}/${s.unit}`} series={s} />
          ))}
        </div>
      ) : (
        <p className="notice">{t('environment:water.noSeries')}</p>
      )}
      <h2>{t('environment:water.plan')}</h2>
      {b.plan ? (
        <p>
          <Link to="/plans/$id" params={{ id: b.plan.id }}>
            {loc(b.plan.title)}
          </Link>
        </p>
      ) : (
        <p className="muted">{t('environment:water.noPlan')}</p>
      )}
      <h2>{t('environment:water.technologies')}</h2>
      {b.technologies.length ? (
        <ul data-testid="water-technologies">
          {b.technologies.map((x) => (
            <li key={x.code}>
              <Link to="/environment/technologies/$code" params={{ code: x.code }}>
                {x.name}
              </Link>{' '}
              {x.demo && <DemoBadge />}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('environment:water.noTechnologies')}</p>
      )}
    </div>
  );
}
