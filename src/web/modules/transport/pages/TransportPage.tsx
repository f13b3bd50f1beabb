import { useTranslation } from 'react-i18next';
import { Loading } from '../../../ui/Loading';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { useLanguage } from '../../../ui/useLanguage';
import { useCorridors, useNodes } from '../api/transportApi';

/** The network's corridors and nodes in words; the map and the planner are still to come. */
export function TransportPage() {
  const { t } = useTranslation('transport');
  const { intl } = useLanguage();
  const nodes = useNodes();
  const corridors = useCorridors();
  useDocumentTitle(t('transport:title'));
  const lang = intl.startsWith('zh') ? 'zh' : intl.startsWith('ru') ? 'ru' : 'en';

  return (
    <div className="page">
      <h1>{t('transport:title')}</h1>
      <p className="lead">{t('transport:intro')}</p>
      <h2>{t('transport:corridors')}</h2>
      {corridors.data ? (
        <ul data-testid="transport-corridors">
          {corridors.data.map((c) => (
            <li key={c.id}>
              {c.name[lang]}{' '}
              <span className="muted">{t('transport:nodeCount', { count: c.nodes.length })}</span>
            </li>
          ))}
        </ul>
      ) : (
        corridors.isPending && <Loading />
      )}
      <ProblemAlert error={corridors.error} />
      <h2>{t('transport:nodes')}</h2>
      {nodes.data ? (
        <div className="table-scroll" role="region" aria-labelledby="transport-nodes-caption" tabIndex={0}>
          <table className="table" data-testid="transport-nodes">
            <caption id="transport-nodes-caption">
              {t('transport:nodesCaption', { count: nodes.data.length })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('transport:name')}</th>
                <th scope="col">{t('transport:country')}</th>
                <th scope="col">{t('transport:locode')}</th>
              </tr>
            </thead>
            <tbody>
              {nodes.data.map((n) => (
                <tr key={n.id} data-node-row={n.id}>
                  <th scope="row">{n.name}</th>
                  <td>{n.country}</td>
                  <td>{n.locode ?? t('transport:unknown')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        nodes.isPending && <Loading />
      )}
      <ProblemAlert error={nodes.error} />
    </div>
  );
}
