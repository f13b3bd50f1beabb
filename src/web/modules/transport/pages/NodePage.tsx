import { Link, useParams } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../ui/Loading';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { useLanguage } from '../../../ui/useLanguage';
import { useLocalized } from '../../../ui/useLocalized';
import { useCountryName } from '../components/useCountryName';
import { useCorridors, useLinks, useNode, useNodes, usePartners } from '../api/transportApi';
import { LinksTable } from '../components/LinksTable';
import { NetworkMap } from '../components/NetworkMap';
import { NODE_TYPE_LABEL, PARTNER_STATUS_LABEL } from '../components/labels';
import { TransportNav } from '../components/TransportNav';
import { useRangeText } from '../components/useRangeText';

/** One node: what it is, where, its sourced capacities, and the links from it. */
export function NodePage() {
  const { id } = useParams({ from: '/transport/nodes/$id' });
  const { t } = useTranslation('transport');
  const { intl } = useLanguage();
  const localized = useLocalized();
  const stateName = useCountryName();
  const range = useRangeText();
  const node = useNode(id);
  const nodes = useNodes();
  const links = useLinks();
  const corridors = useCorridors();
  const partners = usePartners();
  useDocumentTitle(node.data?.name ?? t('transport:title'));
  const own = useMemo(() => (links.data ?? []).filter((l) => l.from === id || l.to === id), [links.data, id]);
  const highlight = useMemo(
    () => ({
      nodes: new Set([id, ...own.flatMap((l) => [l.from, l.to])]),
      links: new Set(own.map((l) => l.id)),
      label: t('transport:node.itsLinks'),
    }),
    [id, own, t],
  );

  if (node.error) return <ProblemAlert error={node.error} />;
  if (!node.data) return <Loading />;
  const n = node.data;
  const unknown = <span className="figure--unknown">{t('transport:unknown')}</span>;
  const number = new Intl.NumberFormat(intl, { maximumFractionDigits: 4 });
  const partner = partners.data?.find((p) => p.node === id && p.status !== 'not_admitted');

  return (
    <div className="page">
      <p>
        <Link to="/transport">{t('transport:title')}</Link>
      </p>
      <h1>{n.name}</h1>
      <TransportNav />
      <dl className="transport-facts" data-testid="node-facts">
        <dt>{t('transport:type')}</dt>
        <dd>{t(NODE_TYPE_LABEL[n.type])}</dd>
        <dt>{t('transport:country')}</dt>
        <dd>{stateName(n.country)}</dd>
        <dt>{t('transport:node.coordinates')}</dt>
        <dd>
          {n.lat === null || n.lon === null
            ? unknown
            : t('transport:node.at', { lat: number.format(n.lat), lon: number.format(n.lon) })}
        </dd>
        <dt>{t('transport:locode')}</dt>
        <dd>{n.locode ?? unknown}</dd>
        <dt>{t('transport:node.gauges')}</dt>
        <dd>
          {n.gaugesMm.length > 0
            ? n.gaugesMm.map((g) => t('transport:node.gauge', { mm: g })).join(', ')
            : unknown}
        </dd>
        <dt>{t('transport:node.operators')}</dt>
        <dd>{n.operators?.length ? n.operators.join(', ') : unknown}</dd>
        <dt>{t('transport:node.gaugeChangeDwell')}</dt>
        <dd>
          {n.gaugeChangeDwellHours ? (
            <>
              {t('transport:link.hoursValue', { value: range(n.gaugeChangeDwellHours, 1) })}
              <span className="figure-note">{n.gaugeChangeDwellHours.source}</span>
            </>
          ) : (
            unknown
          )}
        </dd>
        <dt>{t('transport:corridors')}</dt>
        <dd>
          {n.corridors.length === 0
            ? t('transport:node.noCorridor')
            : n.corridors.map((c, i) => {
                const corridor = corridors.data?.find((x) => x.id === c);
                return (
                  <span key={c}>
                    {i > 0 && ', '}
                    <Link to="/transport/corridors/$id" params={{ id: c }}>
                      {corridor ? localized(corridor.name) : c}
                    </Link>
                  </span>
                );
              })}
        </dd>
        <dt>{t('transport:partnership')}</dt>
        <dd>{partner ? t(PARTNER_STATUS_LABEL[partner.status]) : t('transport:partners.none')}</dd>
        <dt>{t('transport:link.source')}</dt>
        <dd>
          {n.source}
          {n.note && <span className="figure-note">{n.note}</span>}
        </dd>
      </dl>

      <h2>{t('transport:node.capacities')}</h2>
      {n.capacities === null || n.capacities.length === 0 ? (
        <p className="figure--unknown" data-testid="node-capacities">
          {t('transport:node.noCapacity')}
        </p>
      ) : (
        <ul data-testid="node-capacities">
          {n.capacities.map((c, i) => (
            <li key={i}>
              {t('transport:node.capacity', {
                value: number.format(c.value),
                unit: c.unit,
                kind: c.kind === 'design' ? t('transport:node.design') : t('transport:node.throughput'),
              })}
              {', '}
              {c.year === null ? t('transport:node.yearUnknown') : c.year}
              {c.note && <> — {c.note}</>}
              <span className="figure-note">{c.source}</span>
            </li>
          ))}
        </ul>
      )}

      {nodes.data && links.data && (
        <NetworkMap
          nodes={nodes.data}
          links={links.data}
          highlight={highlight}
          label={t('transport:node.mapLabel', { name: n.name })}
          testId="node-map"
        />
      )}
      <h2>{t('transport:node.links')}</h2>
      {links.data && nodes.data ? (
        <LinksTable
          links={own}
          nodes={nodes.data}
          caption={t('transport:node.linksCaption', { count: own.length })}
          testId="node-links"
        />
      ) : (
        <Loading />
      )}
    </div>
  );
}
