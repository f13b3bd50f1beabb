import { geoNaturalEarth1, geoPath } from 'd3-geo';
import type { LineString, MultiPoint } from 'geojson';
import type { LinkDto, Mode, NodeDto, NodeType } from '../../../../contracts/transport';
import type { WorldCountry } from '../../states';

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 560;
const PADDING = 20;

/** How a node is drawn: the nine node types fold into five shapes a reader can tell apart. */
export type NodeShape = 'port' | 'dry_port' | 'hub' | 'junction' | 'border';

export const NODE_SHAPE: Record<NodeType, NodeShape> = {
  seaport: 'port',
  caspian_port: 'port',
  river_port: 'port',
  inland_port: 'dry_port',
  dry_port: 'dry_port',
  logistics_hub: 'hub',
  rail_junction: 'junction',
  border_crossing: 'border',
  border_gauge_change: 'border',
};

export interface MapNode {
  id: string;
  name: string;
  shape: NodeShape;
  x: number;
  y: number;
}

export interface MapLink {
  id: string;
  mode: Mode;
  planned: boolean;
  d: string;
}

export interface NetworkMapGeometry {
  viewBox: string;
  countries: { id: string; d: string }[];
  links: MapLink[];
  nodes: MapNode[];
  /** The path of a line given as [longitude, latitude] pairs (a planned route), in the map's projection. */
  line: (coordinates: [number, number][]) => string | null;
}

const located = (n: NodeDto): n is NodeDto & { lat: number; lon: number } => n.lat !== null && n.lon !== null;

/**
 * The network over the world's countries on Natural Earth, centred on the network and fitted to its
 * nodes. A link is drawn as the great circle between its ends: the reference data holds no track
 * geometry, so the map says which places a link joins, not the way it runs. Nodes without
 * coordinates are left off the map (the table beside it still lists them).
 */
export function buildNetworkMap(
  nodes: readonly NodeDto[],
  links: readonly LinkDto[],
  countries: readonly WorldCountry[],
): NetworkMapGeometry | null {
  const placed = nodes.filter(located);
  if (placed.length === 0) return null;
  const lons = placed.map((n) => n.lon);
  const centre = (Math.min(...lons) + Math.max(...lons)) / 2;
  const fitted: MultiPoint = { type: 'MultiPoint', coordinates: placed.map((n) => [n.lon, n.lat]) };
  const projection = geoNaturalEarth1()
    .rotate([-centre, 0])
    .fitExtent(
      [
        [PADDING, PADDING],
        [MAP_WIDTH - PADDING, MAP_HEIGHT - PADDING],
      ],
      fitted,
    );
  const path = geoPath(projection).digits(1);

  const drawn: NetworkMapGeometry['countries'] = [];
  for (const c of countries) {
    const [[x0, y0], [x1, y1]] = path.bounds(c);
    if (x0 > MAP_WIDTH || x1 < 0 || y0 > MAP_HEIGHT || y1 < 0) continue;
    const d = path(c);
    if (d) drawn.push({ id: String(c.id ?? c.properties.name), d });
  }

  const at = new Map(placed.map((n) => [n.id, [n.lon, n.lat] as [number, number]]));
  const line = (coordinates: [number, number][]) => {
    const geometry: LineString = { type: 'LineString', coordinates };
    return path(geometry);
  };
  const mapLinks = links.flatMap((l) => {
    const a = at.get(l.from);
    const b = at.get(l.to);
    const d = a && b ? line([a, b]) : null;
    return d ? [{ id: l.id, mode: l.mode, planned: l.status === 'planned', d }] : [];
  });
  const mapNodes = placed.flatMap((n) => {
    const xy = projection([n.lon, n.lat]);
    return xy ? [{ id: n.id, name: n.name, shape: NODE_SHAPE[n.type], x: xy[0], y: xy[1] }] : [];
  });

  return {
    viewBox: `0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`,
    countries: drawn,
    links: mapLinks,
    nodes: mapNodes,
    line,
  };
}
