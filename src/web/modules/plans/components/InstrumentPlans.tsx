import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { isSecretariat, useAuth } from '../../auth';
import { useInstrumentPlans } from '../api/useInstrumentPlans';
import { PlanLink } from './PlanLink';

/**
 * The plans implementing an instrument, for its page, and for the Secretariat the way to create one;
 * nothing for others while there are none.
 */
export function InstrumentPlans({ instrumentId }: { instrumentId: string }) {
  const { t } = useTranslation('plans');
  const { me } = useAuth();
  const plans = useInstrumentPlans(instrumentId);
  const secretariat = isSecretariat(me);
  if (plans.isError) return <ProblemAlert error={plans.error} />;
  if (!plans.data || (plans.data.length === 0 && !secretariat)) return null;
  return (
    <section aria-labelledby="plans-heading" data-testid="instrument-plans">
      <h2 id="plans-heading">{t('plans:forInstrument.title')}</h2>
      {plans.data.length === 0 ? (
        <p className="muted">{t('plans:forInstrument.none')}</p>
      ) : (
        <ul className="link-list">
          {plans.data.map((p) => (
            <li key={p.id}>
              <PlanLink plan={p} />
            </li>
          ))}
        </ul>
      )}
      {secretariat && (
        <p>
          <Link
            to="/documents/$id/plans/new"
            params={{ id: instrumentId }}
            className="button button--secondary"
          >
            {t('plans:forInstrument.create')}
          </Link>
        </p>
      )}
    </section>
  );
}
