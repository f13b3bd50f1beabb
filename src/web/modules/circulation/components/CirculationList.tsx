import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { CirculationSummaryDto } from '../../../../contracts/circulation';
import { DemoBadge } from '../../../ui/DemoBadge';
import { useLocalized } from '../../../ui/useLocalized';
import { useStateNames } from '../../states';

/** Circulations with what each asks and who has not answered yet; each linked to its matrix. */
export function CirculationList({ items }: { items: CirculationSummaryDto[] }) {
  const { t } = useTranslation('circulation');
  const localized = useLocalized();
  const stateName = useStateNames();
  const names = (codes: string[]) => codes.map(stateName).join(', ');
  return (
    <div className="table-scroll" role="region" aria-labelledby="circulations-caption" tabIndex={0}>
      <table className="table" data-testid="circulations">
        <caption id="circulations-caption">{t('circulation:list.caption', { n: items.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('circulation:list.number')}</th>
            <th scope="col">{t('circulation:list.subject')}</th>
            <th scope="col">{t('circulation:list.purpose')}</th>
            <th scope="col">{t('circulation:list.deadline')}</th>
            <th scope="col">{t('circulation:list.awaiting')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((c) => (
            <tr key={c.id} data-circulation={c.number}>
              <td>
                <Link to="/circulations/$id" params={{ id: c.id }}>
                  {c.number}
                </Link>
              </td>
              <td>
                {localized(c.subject.title)} {c.demo && <DemoBadge />}
              </td>
              <td>{t(`circulation:purpose.${c.purpose}`)}</td>
              <td>
                {c.deadline
                  ? t('circulation:list.localDeadline', { deadline: c.deadline.replace('T', ' ') })
                  : '—'}
              </td>
              <td>
                {c.awaiting.length === 0 ? t('circulation:list.allAnswered') : names(c.awaiting)}
                {c.overdue.length > 0 && (
                  <p className="task__overdue">
                    {t('circulation:list.overdue', { states: names(c.overdue) })}
                  </p>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
