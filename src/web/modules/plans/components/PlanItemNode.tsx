import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../ui/useLanguage';
import { useLocalized } from '../../../ui/useLocalized';
import { PartialDate, useBodyNames, useStateNames } from '../../states';
import { ItemReports } from './ItemReports';
import { formatPercent } from './percent';
import type { PlanNode } from './planTree';
import { ProgressBar } from './ProgressBar';
import { ReportForm } from './ReportForm';

interface PlanItemNodeProps {
  planId: string;
  node: PlanNode;
  reporterStates: readonly string[];
  overdue: ReadonlySet<string>;
}

/** One item of the plan with its roll-up, its reports (on a leaf) and, below, its children. */
export function PlanItemNode({ planId, node, reporterStates, overdue }: PlanItemNodeProps) {
  const { t } = useTranslation('plans');
  const { code, intl } = useLanguage();
  const localized = useLocalized();
  const stateName = useStateNames();
  const bodyName = useBodyNames();
  const { item, number, children } = node;
  const leaf = children.length === 0;
  const title = localized(item.title);
  const list = (values: string[]) => new Intl.ListFormat(intl, { type: 'conjunction' }).format(values);
  const mine = leaf ? reporterStates.filter((s) => item.responsibleStates.includes(s)) : [];

  return (
    <li
      className={leaf ? 'plan-item plan-item--leaf' : 'plan-item'}
      id={`item-${item.id}`}
      data-item={item.id}
    >
      <div className="plan-item__card">
        <p className="plan-item__title">
          <span className="plan-item__number">{number}</span> {title}
          {overdue.has(item.id) && <span className="overdue-marker">{t('plans:tree.overdue')}</span>}
        </p>
        <ProgressBar
          value={item.progress}
          label={t('plans:tree.progressOf', { item: `${number} ${title}` })}
        />
        <dl className="plan-item__facts">
          {item.responsibleStates.length > 0 && (
            <div>
              <dt>{t('plans:tree.states')}</dt>
              <dd>
                {leaf
                  ? list(
                      item.responsibleStates.map((s) =>
                        t('plans:tree.statePercent', {
                          state: stateName(s),
                          percent: formatPercent(item.perState[s] ?? 0, code),
                        }),
                      ),
                    )
                  : list(item.responsibleStates.map(stateName))}
              </dd>
            </div>
          )}
          {item.responsibleBodies.length > 0 && (
            <div>
              <dt>{t('plans:tree.bodies')}</dt>
              <dd>{list(item.responsibleBodies.map(bodyName))}</dd>
            </div>
          )}
          {item.deadline && (
            <div>
              <dt>{t('plans:tree.deadline')}</dt>
              <dd>
                <PartialDate value={item.deadline} />
              </dd>
            </div>
          )}
          {(item.indicator || item.target) && (
            <div>
              <dt>{t('plans:tree.indicator')}</dt>
              <dd>
                {item.indicator}
                {item.target && (
                  <span className="facts__hint">{t('plans:tree.target', { target: item.target })}</span>
                )}
              </dd>
            </div>
          )}
          {item.weight !== 1 && (
            <div>
              <dt>{t('plans:tree.weight')}</dt>
              <dd>{item.weight}</dd>
            </div>
          )}
        </dl>
        {leaf && <ItemReports planId={planId} item={item} reporterStates={reporterStates} />}
        {mine.length > 0 && (
          <details className="report-details">
            <summary>{t('plans:tree.report')}</summary>
            {mine.map((state) => (
              <ReportForm key={state} planId={planId} item={item} state={state} />
            ))}
          </details>
        )}
      </div>
      {!leaf && (
        <ol className="plan-tree plan-tree--nested">
          {children.map((child) => (
            <PlanItemNode
              key={child.item.id}
              planId={planId}
              node={child}
              reporterStates={reporterStates}
              overdue={overdue}
            />
          ))}
        </ol>
      )}
    </li>
  );
}
