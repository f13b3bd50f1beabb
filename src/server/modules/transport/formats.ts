import type { LinkDto, NodeDto, RouteDto } from '../../../contracts/transport';
import { toCsv } from '../../core/http/csv';

/**
 * Open formats of the network: GeoJSON (RFC 7946; nodes as points, links as lines) and CSV (RFC 4180)
 * of nodes and links. Unknown stays empty (CSV) or null (GeoJSON), never zero. A node without
 * coordinates has a null geometry, as RFC 7946 allows; a link to it too.
 */
export function networkGeoJson(nodes: readonly NodeDto[], links: readonly LinkDto[]) {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const point = (n: NodeDto | undefined): [number, number] | null =>
    n && n.lat !== null && n.lon !== null ? [n.lon, n.lat] : null;
  return {
    type: 'FeatureCollection' as const,
    features: [
      ...nodes.map((n) => {
        const { lat: _lat, lon: _lon, ...properties } = n;
        const p = point(n);
        return {
          type: 'Feature' as const,
          id: n.id,
          geometry: p ? { type: 'Point' as const, coordinates: p } : null,
          properties: { kind: 'node', ...properties },
        };
      }),
      ...links.map((l) => {
        const a = point(byId.get(l.from));
        const b = point(byId.get(l.to));
        return {
          type: 'Feature' as const,
          id: l.id,
          geometry: a && b ? { type: 'LineString' as const, coordinates: [a, b] } : null,
          properties: { kind: 'link', ...l },
        };
      }),
    ],
  };
}

const range = (r: { min: number; max: number } | null, end: 'min' | 'max') => (r ? r[end] : null);

export function nodesCsv(nodes: readonly NodeDto[]): string {
  return toCsv(
    [
      'id',
      'name',
      'type',
      'country',
      'lat',
      'lon',
      'locode',
      'gauges_mm',
      'capacities',
      'operators',
      'corridors',
      'source',
      'note',
      'updated_at',
    ],
    nodes.map((n) => [
      n.id,
      n.name,
      n.type,
      n.country,
      n.lat,
      n.lon,
      n.locode,
      n.gaugesMm.join(' '),
      n.capacities === null
        ? null
        : n.capacities
            .map((c) => `${c.value} ${c.unit} (${c.kind}, ${c.year ?? 'year unknown'}; ${c.source})`)
            .join(' | '),
      n.operators === null ? null : n.operators.join(' | '),
      n.corridors.join(' '),
      n.source,
      n.note,
      n.updatedAt,
    ]),
  );
}

export function linksCsv(links: readonly LinkDto[]): string {
  return toCsv(
    [
      'id',
      'from',
      'to',
      'mode',
      'km',
      'hours',
      'status',
      'planned_year',
      'via',
      'passes_countries',
      'frequency_per_week_min',
      'frequency_per_week_max',
      'border_dwell_hours_min',
      'border_dwell_hours_max',
      'cost_usd_per_teu_min',
      'cost_usd_per_teu_max',
      'source',
      'note',
      'updated_at',
    ],
    links.map((l) => [
      l.id,
      l.from,
      l.to,
      l.mode,
      l.km,
      l.hours,
      l.status,
      l.plannedYear,
      l.via,
      l.passesCountries?.join(' ') ?? null,
      range(l.frequencyPerWeek, 'min'),
      range(l.frequencyPerWeek, 'max'),
      range(l.borderDwellHours, 'min'),
      range(l.borderDwellHours, 'max'),
      range(l.costUsdPerTeu, 'min'),
      range(l.costUsdPerTeu, 'max'),
      l.source,
      l.note,
      l.updatedAt,
    ]),
  );
}

/** The answer's routes as one GeoJSON FeatureCollection, each route a feature with its totals. */
export function routesGeoJson(routes: readonly RouteDto[]) {
  return {
    type: 'FeatureCollection' as const,
    features: routes.map((r, i) => ({
      ...r.geometry,
      properties: { ...r.geometry.properties, rank: i + 1, totals: r.totals },
    })),
  };
}
