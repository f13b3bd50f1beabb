import { useTranslation } from 'react-i18next';
import type { PlanDto } from '../../../../contracts/plans';
import { useStateNames } from '../../states';

/** The responsible states with items they have not reported on yet. */
export function NotReportedList({ notReported }: { notReported: PlanDto['notReported'] }) {
  const { t } = useTranslation('plans');
  const stateName = useStateNames();
  if (notReported.length === 0)
    return (
      <p className="notice" data-testid="all-reported">
        {t('plans:notReported.none')}
      </p>
    );
  return (
    <ul className="inline-list not-reported" data-testid="not-reported">
      {notReported.map((n) => (
        <li key={n.state} data-state={n.state}>
          {t('plans:notReported.entry', { state: stateName(n.state), count: n.items })}
        </li>
      ))}
    </ul>
  );
}
