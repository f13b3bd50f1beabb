import { useTranslation } from 'react-i18next';
import type { PlanDto } from '../../../../contracts/plans';
import { useLanguage } from '../../../ui/useLanguage';
import { useLocalized } from '../../../ui/useLocalized';
import { PartialDate, useStateNames } from '../../states';
import { formatPercent } from './percent';
import type { PlanNode } from './planTree';

interface OverdueListProps {
  overdue: PlanDto['overdue'];
  /** Item id -> node, for each item's number and title. */
  nodes: ReadonlyMap<string, PlanNode>;
}

/** Items past their deadline and not done, with the states still short of 100%. */
export function OverdueList({ overdue, nodes }: OverdueListProps) {
  const { t } = useTranslation('plans');
  const { code, intl } = useLanguage();
  const localized = useLocalized();
  const stateName = useStateNames();
  const list = (values: string[]) => new Intl.ListFormat(intl, { type: 'conjunction' }).format(values);
  if (overdue.length === 0)
    return (
      <p className="notice" data-testid="no-overdue">
        {t('plans:overdue.none')}
      </p>
    );
  return (
    <div className="table-scroll" role="region" aria-labelledby="overdue-caption" tabIndex={0}>
      <table className="table overdue-table" data-testid="overdue-table">
        <caption id="overdue-caption">{t('plans:overdue.caption', { count: overdue.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('plans:overdue.item')}</th>
            <th scope="col">{t('plans:overdue.deadline')}</th>
            <th scope="col">{t('plans:overdue.progress')}</th>
            <th scope="col">{t('plans:overdue.lagging')}</th>
          </tr>
        </thead>
        <tbody>
          {overdue.map((o) => {
            const node = nodes.get(o.itemId);
            return (
              <tr key={o.itemId} data-overdue-item={o.itemId}>
                <th scope="row">
                  <a href={`#item-${o.itemId}`}>
                    {node ? `${node.number} ${localized(node.item.title)}` : o.itemId}
                  </a>
                </th>
                <td className="nowrap">
                  <PartialDate value={o.deadline} />
                </td>
                <td>{formatPercent(o.progress, code)}</td>
                <td>{o.lagging.length ? list(o.lagging.map(stateName)) : '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
