import type { Feature, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from '../../../../contracts/projects';
import { buildProjectMap, MAP_HEIGHT, MAP_WIDTH, paddedExtent } from './projectMapGeometry';

/** Two square "countries" of a few degrees, enough to see what is drawn and what is marked. */
function square(id: string, lon: number, lat: number, size = 4): Feature<Geometry, { name: string }> {
  return {
    type: 'Feature',
    id,
    properties: { name: id },
    geometry: {
      type: 'Polygon',
      // Clockwise, as d3-geo expects an exterior ring on the sphere.
      coordinates: [
        [
          [lon, lat],
          [lon, lat + size],
          [lon + size, lat + size],
          [lon + size, lat],
          [lon, lat],
        ],
      ],
    },
  };
}

const kazakhstan = square('398', 70, 42, 10);
const faraway = square('076', -50, -15);

const corridor: FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      geometry: {
        type: 'LineString',
        coordinates: [
          [80.3, 44.2],
          [76.9, 43.2],
          [69.3, 41.3],
        ],
      },
      properties: { name: 'Corridor' },
    },
    { type: 'Feature', geometry: { type: 'Point', coordinates: [76.95, 43.25] }, properties: null },
  ],
};

const inside = (x: number, y: number) => x >= 0 && x <= MAP_WIDTH && y >= 0 && y <= MAP_HEIGHT;

describe('buildProjectMap', () => {
  it('fits the map to the locations and keeps them inside it with room to spare', () => {
    const map = buildProjectMap(corridor, [kazakhstan, faraway], new Set(['398']))!;
    expect(map.viewBox).toBe(`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`);
    expect(map.lines).toHaveLength(1);
    expect(map.lines[0]!.name).toBe('Corridor');
    expect(map.lines[0]!.d).toMatch(/^M[\d.-]+,[\d.-]+L/);
    const [point] = map.points;
    expect(point!.name).toBeNull();
    expect(inside(point!.x, point!.y)).toBe(true);
    expect(point!.x).toBeGreaterThan(MAP_WIDTH * 0.2);
    expect(point!.x).toBeLessThan(MAP_WIDTH * 0.8);
  });

  it("draws the countries in view and marks the project's own", () => {
    const map = buildProjectMap(corridor, [kazakhstan, faraway], new Set(['398']))!;
    expect(map.countries.map((c) => [c.id, c.involved])).toEqual([['398', true]]);
  });

  it('shows the surroundings of a single point instead of zooming in without end', () => {
    const site: FeatureCollection = {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [72.8, 40.5] } }],
    };
    const map = buildProjectMap(site, [kazakhstan], new Set())!;
    const [point] = map.points;
    // In the middle, give or take the projection's curvature.
    expect(Math.abs(point!.x - MAP_WIDTH / 2)).toBeLessThan(2);
    expect(Math.abs(point!.y - MAP_HEIGHT / 2)).toBeLessThan(2);
    expect(map.countries[0]!.involved).toBe(false);
  });

  it("falls back to the project's countries without locations, and to nothing without either", () => {
    const none: FeatureCollection = { type: 'FeatureCollection', features: [] };
    const map = buildProjectMap(none, [kazakhstan, faraway], new Set(['398']))!;
    expect(map.points).toEqual([]);
    expect(map.countries.find((c) => c.id === '398')?.involved).toBe(true);
    expect(buildProjectMap(none, [kazakhstan], new Set())).toBeNull();
  });
});

describe('paddedExtent', () => {
  it('widens a tiny extent to a minimum span with a margin', () => {
    const [[w, s], [e, n]] = paddedExtent([
      [10, 20],
      [10, 20],
    ]);
    expect(e - w).toBeCloseTo(12);
    expect(n - s).toBeCloseTo(12);
    expect((w + e) / 2).toBeCloseTo(10);
  });

  it('unwraps an extent that crosses the antimeridian', () => {
    const [[w], [e]] = paddedExtent([
      [170, 60],
      [-170, 70],
    ]);
    expect((w + e) / 2).toBeCloseTo(180);
    expect(e - w).toBeCloseTo(30);
  });
});
