import { geoArea, geoNaturalEarth1, geoPath } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import type { Area } from '../../../../contracts/regimes';
import type { WorldCountry } from '../../states';

export const ZONE_MAP_WIDTH = 640;
export const ZONE_MAP_HEIGHT = 400;
/** Room around the zone, in degrees, so the country around it shows. */
const MARGIN_DEGREES = 4;

/** The zone's outline and the countries around it, projected to fit the map with a margin. */
export function buildZoneMap(area: Area, world: WorldCountry[]) {
  // RFC 7946 winds outer rings anticlockwise, d3-geo clockwise: read anticlockwise, a ring would be the
  // whole globe but the zone. More than a hemisphere means the winding is the other way round.
  let zone: Feature<Geometry> = { type: 'Feature', properties: {}, geometry: area };
  if (geoArea(zone) > 2 * Math.PI) zone = { ...zone, geometry: rewound(area) };
  const lonLat = area.type === 'Polygon' ? area.coordinates.flat() : area.coordinates.flat(2);
  const lons = lonLat.map((p) => p[0]!);
  const lats = lonLat.map((p) => p[1]!);
  const box: Feature<Geometry> = {
    type: 'Feature',
    properties: {},
    geometry: {
      type: 'MultiPoint',
      coordinates: [
        [Math.min(...lons) - MARGIN_DEGREES, Math.min(...lats) - MARGIN_DEGREES],
        [Math.max(...lons) + MARGIN_DEGREES, Math.max(...lats) + MARGIN_DEGREES],
      ],
    },
  };
  const projection = geoNaturalEarth1().fitExtent(
    [
      [0, 0],
      [ZONE_MAP_WIDTH, ZONE_MAP_HEIGHT],
    ],
    box,
  );
  const path = geoPath(projection);
  return {
    countries: world.map((c) => ({ id: String(c.id), d: path(c) ?? '' })).filter((c) => c.d),
    zone: path(zone) ?? '',
  };
}

function rewound(area: Area): Area {
  const ring = (r: number[][]) => [...r].reverse();
  return area.type === 'Polygon'
    ? { type: 'Polygon', coordinates: area.coordinates.map(ring) }
    : { type: 'MultiPolygon', coordinates: area.coordinates.map((p) => p.map(ring)) };
}
