import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { DecisionSummaryDto } from '../../../../contracts/decisions';
import { formatInstant } from '../../../ui/dates';
import { DemoBadge } from '../../../ui/DemoBadge';
import { useLanguage } from '../../../ui/useLanguage';
import { useLocalized } from '../../../ui/useLocalized';
import { useBodyNames } from '../../states';
import { DecisionStatusBadge } from './DecisionStatusBadge';

export function DecisionsTable({ decisions }: { decisions: DecisionSummaryDto[] }) {
  const { t } = useTranslation('decisions');
  const { code } = useLanguage();
  const localized = useLocalized();
  const bodyName = useBodyNames();
  return (
    <div className="table-scroll" role="region" aria-labelledby="decisions-table-caption" tabIndex={0}>
      <table className="table" data-testid="decisions-table">
        <caption id="decisions-table-caption">
          {t('decisions:table.caption', { n: decisions.length })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('decisions:table.title')}</th>
            <th scope="col">{t('decisions:table.body')}</th>
            <th scope="col">{t('decisions:table.procedure')}</th>
            <th scope="col">{t('decisions:table.status')}</th>
            <th scope="col">{t('decisions:table.deadline')}</th>
            <th scope="col">{t('decisions:table.number')}</th>
          </tr>
        </thead>
        <tbody>
          {decisions.map((d) => (
            <tr key={d.id} data-decision-row={d.id}>
              <th scope="row">
                <Link to="/decisions/$id" params={{ id: d.id }}>
                  {localized(d.title)}
                </Link>
                {d.demo && (
                  <>
                    {' '}
                    <DemoBadge />
                  </>
                )}
                {d.visibility === 'restricted' && (
                  <span className="restricted-marker">{t('decisions:visibility.restricted')}</span>
                )}
              </th>
              <td>{bodyName(d.body)}</td>
              <td>{t(`decisions:procedure.${d.procedure}`)}</td>
              <td>
                <DecisionStatusBadge status={d.status} />
              </td>
              <td>
                {d.deadline ? (
                  <time dateTime={d.deadline}>{formatInstant(d.deadline, code)}</time>
                ) : (
                  <span className="muted">{t('decisions:table.noDeadline')}</span>
                )}
              </td>
              <td>{d.number ?? <span className="muted">—</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
