import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../ui/Loading';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { useStates } from '../../states';

export function StateCounts() {
  const { t } = useTranslation('home');
  const states = useStates();
  if (states.isPending) return <Loading />;
  if (states.isError) return <ProblemAlert error={states.error} />;
  const members = states.data.filter((s) => s.status === 'member').length;
  const partners = states.data.filter((s) => s.status === 'partner').length;
  return (
    <section aria-labelledby="counts-heading" className="card">
      <h2 id="counts-heading">{t('home:counts.title')}</h2>
      <ul className="stats">
        <li>
          <Link to="/states" search={{ status: 'member' }} className="stat" data-testid="count-members">
            <span className="stat__value">{members}</span>
            <span className="stat__label">{t('home:counts.members')}</span>
          </Link>
        </li>
        <li>
          <Link to="/states" search={{ status: 'partner' }} className="stat" data-testid="count-partners">
            <span className="stat__value">{partners}</span>
            <span className="stat__label">{t('home:counts.partners')}</span>
          </Link>
        </li>
      </ul>
      <p>
        <Link to="/states">{t('home:counts.seeMap')}</Link>
      </p>
    </section>
  );
}
