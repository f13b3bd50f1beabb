import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { NodeDto } from '../../../../contracts/transport';
import { useCountryName } from './useCountryName';
import { NODE_TYPE_LABEL } from './labels';

/** The map's nodes in words: the table a reader uses instead of the drawing. */
export function NodesTable({ nodes, members }: { nodes: readonly NodeDto[]; members: ReadonlySet<string> }) {
  const { t } = useTranslation('transport');
  const stateName = useCountryName();
  return (
    <div className="table-scroll" role="region" aria-labelledby="transport-nodes-caption" tabIndex={0}>
      <table className="table" data-testid="transport-nodes">
        <caption id="transport-nodes-caption">{t('transport:nodesCaption', { count: nodes.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('transport:name')}</th>
            <th scope="col">{t('transport:type')}</th>
            <th scope="col">{t('transport:country')}</th>
            <th scope="col">{t('transport:locode')}</th>
            <th scope="col">{t('transport:partnership')}</th>
          </tr>
        </thead>
        <tbody>
          {nodes.map((n) => (
            <tr key={n.id} data-node-row={n.id}>
              <th scope="row">
                <Link to="/transport/nodes/$id" params={{ id: n.id }}>
                  {n.name}
                </Link>
              </th>
              <td>{t(NODE_TYPE_LABEL[n.type])}</td>
              <td>{stateName(n.country)}</td>
              <td>{n.locode ?? t('transport:unknown')}</td>
              <td>{members.has(n.id) ? t('transport:partnerStatus.member') : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
