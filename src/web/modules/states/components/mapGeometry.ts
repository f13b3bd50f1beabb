import { geoNaturalEarth1, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { StateSummaryDto } from '../../../../contracts/states';
import { WORLD_COUNTRIES as countries } from './worldCountries';

/**
 * States too small for the 1:110m atlas, drawn as a dot at the capital so that they are on the map at
 * all: [longitude, latitude].
 */
const SMALL_STATES: Record<string, [number, number]> = {
  '048': [50.58, 26.22], // Manama, Bahrain
  '462': [73.51, 4.18], // Malé, Maldives
};

export interface StateShape {
  state: StateSummaryDto;
  d: string;
}

export interface StateMarker {
  state: StateSummaryDto;
  x: number;
  y: number;
}

export interface MapGeometry {
  /** viewBox with a margin around the fitted states. */
  viewBox: string;
  others: { id: string; d: string }[];
  shapes: StateShape[];
  markers: StateMarker[];
}

const WIDTH = 960;
const MARGIN = 16;

function boxesOverlap(
  a: [[number, number], [number, number]],
  b: [[number, number], [number, number]],
): boolean {
  return a[0][0] <= b[1][0] && b[0][0] <= a[1][0] && a[0][1] <= b[1][1] && b[0][1] <= a[1][1];
}

/**
 * Projects the world on Natural Earth centred on the SCO region and fitted to its states. The centre
 * meridian sits east of Greenwich so that the antimeridian falls in the Pacific: Russia's Chukotka
 * crosses 180° and would otherwise stretch the fit around the globe.
 */
export function buildMapGeometry(states: StateSummaryDto[]): MapGeometry {
  const byNumeric = new Map(states.map((s) => [s.isoNumeric, s]));
  const scoFeatures = countries.filter((f) => f.id !== undefined && byNumeric.has(String(f.id)));
  const drawn = new Set(scoFeatures.map((f) => String(f.id)));
  const small = states.flatMap((state) => {
    const at = SMALL_STATES[state.isoNumeric];
    if (!at || drawn.has(state.isoNumeric)) return [];
    const point: Feature<Point> = {
      type: 'Feature',
      properties: {},
      geometry: { type: 'Point', coordinates: at },
    };
    return [{ state, at, point }];
  });
  const fitted: FeatureCollection = {
    type: 'FeatureCollection',
    features: [...scoFeatures, ...small.map((s) => s.point)],
  };

  const projection = geoNaturalEarth1().rotate([-90, 0]).fitWidth(WIDTH, fitted);
  const path = geoPath(projection);
  const [[, top], [, bottom]] = path.bounds(fitted);
  const height = Math.ceil(bottom - top);
  const view: [[number, number], [number, number]] = [
    [-MARGIN, top - MARGIN],
    [WIDTH + MARGIN, bottom + MARGIN],
  ];

  const shapes: StateShape[] = [];
  const others: MapGeometry['others'] = [];
  for (const f of countries) {
    const state = f.id === undefined ? undefined : byNumeric.get(String(f.id));
    const d = path(f);
    if (!d) continue;
    if (state) shapes.push({ state, d });
    // Countries out of sight would only add weight to the page.
    else if (boxesOverlap(path.bounds(f), view)) others.push({ id: String(f.id ?? f.properties.name), d });
  }
  const markers: StateMarker[] = small.flatMap(({ state, at }) => {
    const xy = projection(at);
    return xy ? [{ state, x: xy[0], y: xy[1] }] : [];
  });

  return {
    viewBox: `${-MARGIN} ${Math.floor(top - MARGIN)} ${WIDTH + 2 * MARGIN} ${height + 2 * MARGIN}`,
    others,
    shapes,
    markers,
  };
}
