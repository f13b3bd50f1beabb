import type { LegDto, RouteDto } from '../../../../contracts/transport';
import type { Graph, Known } from './graph';
import {
  BOARDING,
  co2Figure,
  costFigure,
  GAUGE_BREAK,
  MODE_CHANGE,
  shortestEdges,
  transferFlags,
  type PlanQuery,
  type PlanResult,
} from './search';
import { paretoEdges } from './pareto';

const TIME_FIGURES = [
  'hours',
  'waitingHours',
  'transshipmentHours',
  'gaugeChangeHours',
  'borderDwellHours',
] as const;
const add = (a: { min: number; max: number }, f: Known) => ({ min: a.min + f.min, max: a.max + f.max });
const r2 = (x: number) => Math.round(x * 100) / 100;

/** A route's legs with every figure and its provenance, its totals, and its line for a map. */
export function describeRoute(g: Graph, q: PlanQuery, edges: readonly number[]): RouteDto {
  let at = g.nodeIndex.get(q.from)!;
  let cls = 0;
  const legs: LegDto[] = [];
  const unknown: { leg: number; figure: string }[] = [];
  let km = { min: 0, max: 0 };
  let hours = { min: 0, max: 0 };
  let cost: { min: number; max: number } | null = { min: 0, max: 0 };
  let co2: { min: number; max: number } | null = { min: 0, max: 0 };
  const coords: [number, number][] = [];
  const point = (i: number) => {
    const n = g.nodes[i]!;
    if (n.lat !== null && n.lon !== null) coords.push([n.lon, n.lat]);
  };
  point(at);
  edges.forEach((e, i) => {
    const li = g.edgeLink[e]!;
    const f = g.links[li]!;
    const head = g.edgeHead[e]!;
    const t = transferFlags(g, cls, li);
    const node = g.nodeFigures[at]!;
    const leg: LegDto = {
      link: f.link.id,
      from: g.nodes[at]!.id,
      to: g.nodes[head]!.id,
      mode: f.link.mode,
      status: f.link.status,
      plannedYear: f.link.plannedYear,
      km: f.km,
      hours: f.hours,
      waitingHours: t & BOARDING ? f.waiting : null,
      transshipmentHours: t & MODE_CHANGE ? node.transshipment : null,
      gaugeChangeHours: t & GAUGE_BREAK ? node.gaugeChange : null,
      borderDwellHours: f.border,
      costUsd: costFigure(f, q),
      co2eKg: co2Figure(f, q),
    };
    legs.push(leg);
    if (leg.km.kind === 'unknown') unknown.push({ leg: i, figure: 'km' });
    else km = add(km, leg.km);
    for (const name of TIME_FIGURES) {
      const fig = leg[name];
      if (!fig) continue;
      if (fig.kind === 'unknown') unknown.push({ leg: i, figure: name });
      else hours = add(hours, fig);
    }
    if (leg.costUsd.kind === 'unknown') {
      unknown.push({ leg: i, figure: 'costUsd' });
      cost = null;
    } else if (cost) cost = add(cost, leg.costUsd);
    if (leg.co2eKg.kind === 'unknown') {
      unknown.push({ leg: i, figure: 'co2eKg' });
      co2 = null;
    } else if (co2) co2 = add(co2, leg.co2eKg);
    at = head;
    cls = f.classId;
    point(at);
  });
  const round = (r: { min: number; max: number } | null) => r && { min: r2(r.min), max: r2(r.max) };
  return {
    legs,
    totals: { km: round(km)!, hours: round(hours)!, costUsd: round(cost), co2eKg: round(co2), unknown },
    geometry: {
      type: 'Feature',
      geometry: { type: 'LineString', coordinates: coords },
      properties: {
        from: q.from,
        to: q.to,
        links: legs.map((l) => l.link),
        hoursMin: r2(hours.min),
        hoursMax: r2(hours.max),
        emissionBasis: q.basis,
      },
    },
  };
}

const timeUnknowns = (r: RouteDto) =>
  r.totals.unknown.filter((x) => (TIME_FIGURES as readonly string[]).includes(x.figure)).length;

/** Fewest unknown times first, then the smallest midpoint of hours: the order of "fastest first". */
export const fastestFirst = (a: RouteDto, b: RouteDto) =>
  timeUnknowns(a) - timeUnknowns(b) ||
  a.totals.hours.min + a.totals.hours.max - (b.totals.hours.min + b.totals.hours.max);

/** Plans routes: the best by one criterion, or the Pareto set over the three, fastest first. */
export function plan(g: Graph, q: PlanQuery): PlanResult {
  if (q.criterion === 'pareto') {
    const { routes, truncated } = paretoEdges(g, q);
    return { routes: routes.map((r) => describeRoute(g, q, r.edges)).sort(fastestFirst), truncated };
  }
  const found = shortestEdges(g, { ...q, criterion: q.criterion });
  return { routes: found ? [describeRoute(g, q, found.edges)] : [], truncated: false };
}
