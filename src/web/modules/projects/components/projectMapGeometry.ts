import { geoBounds, geoNaturalEarth1, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection as GeoCollection, Geometry, MultiPoint } from 'geojson';
import type { FeatureCollection } from '../../../../contracts/projects';
import type { WorldCountry } from '../../states';

type Extent = [[number, number], [number, number]];

export interface MapCountry {
  id: string;
  d: string;
  /** One of the project's countries. */
  involved: boolean;
}

export interface MapLocation {
  key: string;
  kind: 'point' | 'line';
  name: string | null;
  /** [longitude, latitude] as recorded, for the list beside the map. */
  at: [number, number];
}

export interface ProjectMapGeometry {
  viewBox: string;
  countries: MapCountry[];
  lines: (MapLocation & { d: string })[];
  points: (MapLocation & { x: number; y: number })[];
}

export const MAP_WIDTH = 800;
export const MAP_HEIGHT = 480;
const PADDING = 16;
/** A lone point, or a short line, still shows the country around it: at least this many degrees. */
const MIN_SPAN_DEGREES = 8;
/** Room around the locations, as a share of their span on each side. */
const MARGIN_SHARE = 0.25;

const clampLatitude = (lat: number) => Math.max(-85, Math.min(85, lat));

/**
 * The box to show around the locations' bounds: at least MIN_SPAN_DEGREES each way, widened by
 * MARGIN_SHARE on every side. Bounds crossing the antimeridian (west > east, as d3.geoBounds gives
 * them) are unwrapped first.
 */
export function paddedExtent([[west, south], [east, north]]: Extent): Extent {
  const e = east < west ? east + 360 : east;
  const cx = (west + e) / 2;
  const cy = (south + north) / 2;
  const spanX = Math.max(e - west, MIN_SPAN_DEGREES) * (1 + 2 * MARGIN_SHARE);
  const spanY = Math.max(north - south, MIN_SPAN_DEGREES) * (1 + 2 * MARGIN_SHARE);
  return [
    [cx - spanX / 2, clampLatitude(cy - spanY / 2)],
    [cx + spanX / 2, clampLatitude(cy + spanY / 2)],
  ];
}

/** The box's corners and edge midpoints: what the projection is fitted to. */
function outline([[w, s], [e, n]]: Extent): MultiPoint {
  const cx = (w + e) / 2;
  const cy = (s + n) / 2;
  return {
    type: 'MultiPoint',
    coordinates: [
      [w, s],
      [cx, s],
      [e, s],
      [w, cy],
      [e, cy],
      [w, n],
      [cx, n],
      [e, n],
    ],
  };
}

function overlapsView([[x0, y0], [x1, y1]]: Extent): boolean {
  return x0 <= MAP_WIDTH && x1 >= 0 && y0 <= MAP_HEIGHT && y1 >= 0;
}

/**
 * The project's locations (points and lines) over the world's countries, on Natural Earth centred on
 * the locations and fitted to them with room around; the project's countries are marked. Without
 * locations the map is fitted to the project's countries; without either there is nothing to draw.
 */
export function buildProjectMap(
  locations: FeatureCollection,
  countries: readonly WorldCountry[],
  involvedNumeric: ReadonlySet<string>,
): ProjectMapGeometry | null {
  const features: Feature<Geometry, { name?: string } | null>[] = locations.features.map((f) => ({
    type: 'Feature',
    geometry: f.geometry as Geometry,
    properties: f.properties ?? null,
  }));
  const involved = countries.filter((c) => c.id !== undefined && involvedNumeric.has(String(c.id)));
  const target: GeoCollection = {
    type: 'FeatureCollection',
    features: features.length > 0 ? features : involved,
  };
  if (target.features.length === 0) return null;

  const extent = paddedExtent(geoBounds(target) as Extent);
  const centre = (extent[0][0] + extent[1][0]) / 2;
  const projection = geoNaturalEarth1()
    .rotate([-centre, 0])
    .fitExtent(
      [
        [PADDING, PADDING],
        [MAP_WIDTH - PADDING, MAP_HEIGHT - PADDING],
      ],
      outline(extent),
    );
  const path = geoPath(projection).digits(1);

  const drawn: MapCountry[] = [];
  for (const c of countries) {
    if (!overlapsView(path.bounds(c) as Extent)) continue;
    const d = path(c);
    if (d) drawn.push({ id: String(c.id ?? c.properties.name), d, involved: involved.includes(c) });
  }

  const lines: ProjectMapGeometry['lines'] = [];
  const points: ProjectMapGeometry['points'] = [];
  features.forEach((f, i) => {
    const name = f.properties?.name?.trim() || null;
    const key = `${f.geometry.type}-${i}`;
    if (f.geometry.type === 'Point') {
      const [lon, lat] = f.geometry.coordinates as [number, number];
      const xy = projection([lon, lat]);
      if (xy) points.push({ key, kind: 'point', name, at: [lon, lat], x: xy[0], y: xy[1] });
    } else if (f.geometry.type === 'LineString') {
      const d = path(f);
      const [lon, lat] = f.geometry.coordinates[0] as [number, number];
      if (d) lines.push({ key, kind: 'line', name, at: [lon, lat], d });
    }
  });

  return { viewBox: `0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`, countries: drawn, lines, points };
}
