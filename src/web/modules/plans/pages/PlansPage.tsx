import { useTranslation } from 'react-i18next';
import { formatPartialDate } from '../../../ui/dates';
import { Loading } from '../../../ui/Loading';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { useLanguage } from '../../../ui/useLanguage';
import { usePlans } from '../api/usePlans';
import { PlanLink } from '../components/PlanLink';

/** Every implementation plan the reader may see, newest first; a plan is created from its instrument's page. */
export function PlansPage() {
  const { t } = useTranslation('plans');
  const { code } = useLanguage();
  const plans = usePlans();
  useDocumentTitle(t('plans:list.title'));
  const rows = [...(plans.data ?? [])].sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));

  return (
    <div className="page">
      <h1>{t('plans:list.title')}</h1>
      <p className="lead">{t('plans:list.intro')}</p>
      <ProblemAlert error={plans.error} />
      {plans.isPending ? (
        <Loading />
      ) : rows.length === 0 ? (
        <p className="notice">{t('plans:list.none')}</p>
      ) : (
        <ul className="link-list" data-testid="plans-list">
          {rows.map((p) => (
            <li key={p.id}>
              <PlanLink plan={p}>
                {' '}
                <span className="muted">
                  {t('plans:list.created', { date: formatPartialDate(p.createdAt.slice(0, 10), code) })}
                </span>
              </PlanLink>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
