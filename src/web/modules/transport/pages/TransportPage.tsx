import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../ui/Loading';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { useLocalized } from '../../../ui/useLocalized';
import { useMembers } from '../api/useMembers';
import { useCorridors, useLinks, useNodes } from '../api/transportApi';
import { NetworkMap } from '../components/NetworkMap';
import { NodesTable } from '../components/NodesTable';
import { TransportNav } from '../components/TransportNav';

/** The network: its map, its corridors, and its nodes in a table. */
export function TransportPage() {
  const { t } = useTranslation('transport');
  const localized = useLocalized();
  const nodes = useNodes();
  const links = useLinks();
  const corridors = useCorridors();
  const members = useMembers();
  useDocumentTitle(t('transport:title'));

  return (
    <div className="page">
      <h1>{t('transport:title')}</h1>
      <p className="lead">{t('transport:intro')}</p>
      <TransportNav />
      {nodes.data && links.data ? (
        <NetworkMap
          nodes={nodes.data}
          links={links.data}
          members={members}
          label={t('transport:mapLabel')}
          testId="network-map"
        />
      ) : (
        (nodes.isPending || links.isPending) && <Loading />
      )}
      <ProblemAlert error={links.error} />
      <h2>{t('transport:corridors')}</h2>
      {corridors.data ? (
        <ul data-testid="transport-corridors">
          {corridors.data.map((c) => (
            <li key={c.id}>
              <Link to="/transport/corridors/$id" params={{ id: c.id }}>
                {localized(c.name)}
              </Link>{' '}
              <span className="muted">{t('transport:nodeCount', { count: c.nodes.length })}</span>
            </li>
          ))}
        </ul>
      ) : (
        corridors.isPending && <Loading />
      )}
      <ProblemAlert error={corridors.error} />
      <h2>{t('transport:nodes')}</h2>
      {nodes.data ? <NodesTable nodes={nodes.data} members={members} /> : nodes.isPending && <Loading />}
      <ProblemAlert error={nodes.error} />
    </div>
  );
}
