import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { LinkDto, NodeDto } from '../../../../contracts/transport';
import { Loading } from '../../../ui/Loading';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { loadWorldCountries } from '../../states';
import { transportKeys } from '../api/transportApi';
import { MODE_LABEL, SHAPE_LABEL } from './labels';
import { NodeSymbol } from './NodeSymbol';
import { buildNetworkMap, type NodeShape } from './networkMapGeometry';
import './transport.css';

export interface NetworkMapProps {
  nodes: readonly NodeDto[];
  links: readonly LinkDto[];
  /** What the map is about; everything else is drawn faded. */
  highlight?: { nodes: ReadonlySet<string>; links: ReadonlySet<string>; label?: string };
  /** Members of the partnership network, ringed. */
  members?: ReadonlySet<string>;
  /** A planned route as [longitude, latitude] pairs, drawn over the network. */
  route?: [number, number][];
  label: string;
  testId?: string;
}

const SHAPES: NodeShape[] = ['port', 'dry_port', 'hub', 'junction', 'border'];

/**
 * The network drawn with d3-geo over the world atlas (no tile server): nodes by type, links by mode,
 * planned links dashed. The drawing says nothing that the legend and the page's tables do not say in
 * words, so it is one image to assistive technology.
 */
export function NetworkMap({ nodes, links, highlight, members, route, label, testId }: NetworkMapProps) {
  const { t } = useTranslation('transport');
  const world = useQuery({
    queryKey: transportKeys.worldAtlas(),
    queryFn: loadWorldCountries,
    staleTime: Infinity,
  });
  const geometry = useMemo(
    () => (world.data ? buildNetworkMap(nodes, links, world.data) : null),
    [world.data, nodes, links],
  );
  const routePath = useMemo(() => (geometry && route ? geometry.line(route) : null), [geometry, route]);

  if (world.isError) return <ProblemAlert error={world.error} />;
  if (!world.data) return <Loading />;
  if (!geometry) return null;

  const modes = [...new Set(geometry.links.map((l) => l.mode))];
  const faded = (on: boolean) => (highlight && !on ? ' net--faded' : '');
  const hasPlanned = geometry.links.some((l) => l.planned);
  const hasMembers = !!members && geometry.nodes.some((n) => members.has(n.id));

  return (
    <figure className="network-map">
      <svg
        data-testid={testId}
        role="img"
        aria-label={label}
        viewBox={geometry.viewBox}
        preserveAspectRatio="xMidYMid meet"
      >
        <rect className="map-sea" x="-10000" y="-10000" width="20000" height="20000" />
        <g className="network-map__countries" aria-hidden="true">
          {geometry.countries.map((c) => (
            <path key={c.id} d={c.d} />
          ))}
        </g>
        <g aria-hidden="true">
          {geometry.links.map((l) => (
            <path
              key={l.id}
              d={l.d}
              data-link={l.id}
              className={`net-link net-link--${l.mode}${l.planned ? ' net-link--planned' : ''}${
                highlight?.links.has(l.id) ? ' net-link--highlight' : ''
              }${faded(!!highlight?.links.has(l.id))}`}
            />
          ))}
        </g>
        {routePath && (
          <path className="net-route" d={routePath} data-testid="route-line" aria-hidden="true" />
        )}
        <g aria-hidden="true">
          {geometry.nodes.map((n) => (
            <g
              key={n.id}
              data-node={n.id}
              className={`net-node${faded(!!highlight?.nodes.has(n.id) || !!members?.has(n.id))}`}
            >
              {members?.has(n.id) && <circle className="net-member" cx={n.x} cy={n.y} r={9} />}
              <NodeSymbol shape={n.shape} x={n.x} y={n.y} />
              <title>{n.name}</title>
            </g>
          ))}
        </g>
      </svg>
      <figcaption className="map-legend" data-testid="network-legend">
        <span className="map-legend__title">{t('transport:legend.title')}</span>
        <ul>
          {SHAPES.map((s) => (
            <li key={s}>
              <svg className="legend-symbol" viewBox="-8 -8 16 16" aria-hidden="true">
                <NodeSymbol shape={s} x={0} y={0} />
              </svg>
              {t(SHAPE_LABEL[s])}
            </li>
          ))}
          {modes.map((m) => (
            <li key={m}>
              <span className={`swatch-line net-link--${m}`} aria-hidden="true" />
              {t(MODE_LABEL[m])}
            </li>
          ))}
          {hasPlanned && (
            <li>
              <span className="swatch-line swatch-line--planned" aria-hidden="true" />
              {t('transport:legend.planned')}
            </li>
          )}
          {highlight?.label && (
            <li>
              <span className="swatch-line swatch-line--highlight" aria-hidden="true" />
              {highlight.label}
            </li>
          )}
          {hasMembers && (
            <li>
              <span className="swatch swatch--member" aria-hidden="true" />
              {t('transport:legend.member')}
            </li>
          )}
          {routePath && (
            <li>
              <span className="swatch-line swatch-line--route" aria-hidden="true" />
              {t('transport:legend.route')}
            </li>
          )}
        </ul>
        <p className="legend-note">{t('transport:legend.schematic')}</p>
      </figcaption>
    </figure>
  );
}
