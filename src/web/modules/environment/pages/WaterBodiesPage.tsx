import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../ui/Loading';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { Translated } from '../../../ui/Translated';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { useWaterBodies } from '../api/environmentApi';

/** The inland water bodies and which indicators have values. */
export function WaterBodiesPage() {
  const { t } = useTranslation('environment');
  const list = useWaterBodies();
  useDocumentTitle(t('environment:water.title'));
  return (
    <div className="page">
      <p>
        <Link to="/environment">{t('environment:registry.title')}</Link>
      </p>
      <h1>{t('environment:water.title')}</h1>
      <p className="lead">{t('environment:water.intro')}</p>
      {list.isError ? (
        <ProblemAlert error={list.error} />
      ) : !list.data ? (
        <Loading />
      ) : (
        <ul className="env-results" data-testid="water-bodies">
          {list.data.items.map((b) => (
            <li key={b.id}>
              <Link to="/environment/water-bodies/$id" params={{ id: b.id }}>
                <Translated value={b.name} />
              </Link>
              <div className="muted">
                {b.indicators.length
                  ? b.indicators.map((i) => t(`environment:indicator.${i}`)).join(', ')
                  : t('environment:water.noSeries')}
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
