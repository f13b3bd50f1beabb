import { Link, useParams } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../ui/Loading';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { useLocalized } from '../../../ui/useLocalized';
import { useCountryName } from '../components/useCountryName';
import { useCorridor, useCorridors, useLinks, useNodes } from '../api/transportApi';
import { useMembers } from '../api/useMembers';
import { CorridorRecords } from '../components/CorridorRecords';
import { LinksTable } from '../components/LinksTable';
import { NetworkMap } from '../components/NetworkMap';
import { SynergySection } from '../components/SynergySection';
import { TransportNav } from '../components/TransportNav';

/** One corridor: its path over the network, its links with their figures, and where it meets others. */
export function CorridorPage() {
  const { id } = useParams({ from: '/transport/corridors/$id' });
  const { t } = useTranslation('transport');
  const localized = useLocalized();
  const stateName = useCountryName();
  const corridors = useCorridors();
  const one = useCorridor(id);
  const nodes = useNodes();
  const links = useLinks();
  const members = useMembers();
  const corridor = one.data;
  useDocumentTitle(corridor ? localized(corridor.name) : t('transport:title'));
  const highlight = useMemo(
    () =>
      corridor && {
        nodes: new Set(corridor.nodes),
        links: new Set(corridor.links),
        label: localized(corridor.name),
      },
    [corridor, localized],
  );

  if (one.error) return <ProblemAlert error={one.error} />;
  if (!corridor || !highlight) return <Loading />;
  const own = (links.data ?? []).filter((l) => highlight.links.has(l.id));

  return (
    <div className="page">
      <p>
        <Link to="/transport">{t('transport:title')}</Link>
      </p>
      <h1>{localized(corridor.name)}</h1>
      <TransportNav />
      <p>{corridor.description}</p>
      <dl className="transport-facts">
        <dt>{t('transport:corridor.countries')}</dt>
        <dd data-testid="corridor-countries">{corridor.countries.map(stateName).join(', ')}</dd>
        <dt>{t('transport:link.source')}</dt>
        <dd>{corridor.source}</dd>
      </dl>
      {nodes.data && links.data ? (
        <>
          <NetworkMap
            nodes={nodes.data}
            links={links.data}
            highlight={highlight}
            members={members}
            label={t('transport:corridor.mapLabel', { name: localized(corridor.name) })}
            testId="corridor-map"
          />
          <h2>{t('transport:corridor.links')}</h2>
          <LinksTable
            links={own}
            nodes={nodes.data}
            caption={t('transport:corridor.linksCaption', { count: own.length })}
            testId="corridor-links"
          />
          <SynergySection corridor={corridor} corridors={corridors.data ?? []} nodes={nodes.data} />
          <CorridorRecords corridor={corridor.id} />
        </>
      ) : (
        <Loading />
      )}
    </div>
  );
}
