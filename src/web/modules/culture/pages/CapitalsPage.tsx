import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../ui/Loading';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { Translated } from '../../../ui/Translated';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { useStateNames } from '../../states';
import { useDesignations } from '../api/cultureApi';
import '../components/culture.css';
import { CultureNav } from '../components/CultureNav';
import { periodOf } from '../components/Period';

/** The SCO Tourism and Cultural Capital, year by year, and the festival's editions. */
export function CapitalsPage() {
  const { t } = useTranslation('culture');
  const capitals = useDesignations('capital');
  const festival = useDesignations('silk_road_festival');
  const stateName = useStateNames();
  useDocumentTitle(t('culture:capitals.title'));
  const year = new Date().getUTCFullYear();
  if (capitals.isError) return <ProblemAlert error={capitals.error} />;
  if (!capitals.data) return <Loading />;
  return (
    <main>
      <h1>{t('culture:capitals.title')}</h1>
      <CultureNav />
      <ol className="culture-capitals" data-testid="culture-capitals">
        {capitals.data.map((c) => (
          <li key={c.id} className="card" data-capital={c.id}>
            <h2>
              <Link to="/culture/designations/$id" params={{ id: c.id }}>
                <Translated value={c.name} />
              </Link>{' '}
              {periodOf(c)}
              {c.period && c.period.from <= year && year <= c.period.to
                ? ` · ${t('culture:capitals.current')}`
                : ''}
            </h2>
            <p>{c.states.map(stateName).join(', ')}</p>
            <p className="muted">{t('culture:capitals.noEvents')}</p>
            <p className="muted culture-source">
              {t('culture:source')}: {c.source}
            </p>
          </li>
        ))}
      </ol>
      <h2>{t('culture:festival.title')}</h2>
      <ul data-testid="culture-festival">
        {(festival.data ?? []).map((f) => (
          <li key={f.id}>
            <Link to="/culture/designations/$id" params={{ id: f.id }}>
              <Translated value={f.name} />
            </Link>{' '}
            ({periodOf(f)})
          </li>
        ))}
      </ul>
    </main>
  );
}
