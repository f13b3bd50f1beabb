import type { EmissionBasis, Figure, Mode, RouteDto } from '../../../../contracts/transport';
import { geoKm, type Graph, type LinkFigures } from './graph';
import { PairHeap } from './heap';
import { criterionLandmarks, landmarkBound } from './landmarks';

/**
 * Multimodal shortest paths over a built Graph. A search state is (node, how the load arrived there:
 * mode and gauge, which countries of `through` it has passed): transshipment, gauge change and
 * waiting for a departure depend on the arrival, so the search is exact with them.
 *
 * Every criterion is a pair (u, v) compared lexicographically: u counts the figures that are unknown,
 * v adds up the midpoints of the known ones. An unknown figure never counts as zero: a route with
 * fewer unknowns wins, and among those the smaller total. Ties break by state index, which depends on
 * the nodes only, so removing a link a route does not use leaves that route as it was.
 */
export type SingleCriterion = 'time' | 'cost' | 'co2';

export interface PlanQuery {
  from: string;
  to: string;
  criterion: SingleCriterion | 'pareto';
  avoidCountries?: ReadonlySet<string>;
  avoidModes?: ReadonlySet<Mode>;
  avoidNodes?: ReadonlySet<string>;
  /** Countries the route must pass through (at most 4). */
  through?: readonly string[];
  /** true: every planned link too; a set: only these planned links. */
  includePlanned?: boolean | ReadonlySet<string>;
  tonnes: number | null;
  teu: number | null;
  basis: EmissionBasis;
  /** false: plain Dijkstra, without the A* lower bounds (a check that they change no answer). */
  bounds?: boolean;
}

export interface PlanResult {
  routes: RouteDto[];
  /** The Pareto search stopped at its label limits: the set may miss alternatives. */
  truncated: boolean;
}

/** Pareto search limits, so that a query on a large network answers in bounded time. */
export const PARETO_LIMITS = { labelsPerState: 32, labels: 200_000, routes: 20 };

interface Prepared {
  g: Graph;
  q: PlanQuery;
  origin: number;
  target: number;
  masks: number;
  full: number;
  nodeBit: Int32Array;
  nodeOk: Uint8Array;
  linkOk: Uint8Array;
  linkBit: Int32Array;
  cost: [Float64Array, Float64Array];
  co2: [Float64Array, Float64Array];
  /** Per criterion (time, cost, CO2): a known step is never less than this × its great-circle km. */
  perKm: [number, number, number];
}

const prepared = new WeakMap<Graph, Map<string, Omit<Prepared, 'origin' | 'target' | 'q'>>>();
const setKey = (s: ReadonlySet<string> | undefined) => [...(s ?? [])].sort().join(',');

/**
 * What a query's options make of the network (allowed nodes and links, costs for its cargo): the same
 * for every query with the same options, so kept with the graph (a few option sets at most).
 */
export function prepare(g: Graph, q: PlanQuery): Prepared {
  const origin = g.nodeIndex.get(q.from);
  const target = g.nodeIndex.get(q.to);
  if (origin === undefined || target === undefined) throw new Error('unknown endpoint');
  const inc = q.includePlanned;
  const key = [
    setKey(q.avoidCountries),
    setKey(q.avoidModes),
    setKey(q.avoidNodes),
    (q.through ?? []).join(','),
    typeof inc === 'object' ? `{${setKey(inc)}}` : String(!!inc),
    q.tonnes,
    q.teu,
    q.basis,
  ].join('|');
  const cache = prepared.get(g) ?? prepared.set(g, new Map()).get(g)!;
  let options = cache.get(key);
  if (!options) {
    if (cache.size >= 16) cache.clear();
    options = prepareOptions(g, q);
    cache.set(key, options);
  }
  return { ...options, q, origin, target };
}

function prepareOptions(g: Graph, q: PlanQuery): Omit<Prepared, 'origin' | 'target' | 'q'> {
  const through = q.through ?? [];
  const nodeBit = new Int32Array(g.nodes.length);
  const nodeOk = new Uint8Array(g.nodes.length);
  g.nodes.forEach((n, i) => {
    const k = through.indexOf(n.country);
    nodeBit[i] = k < 0 ? 0 : 1 << k;
    nodeOk[i] = q.avoidCountries?.has(n.country) || q.avoidNodes?.has(n.id) ? 0 : 1;
  });
  const linkOk = new Uint8Array(g.links.length);
  const linkBit = new Int32Array(g.links.length);
  const costU = new Float64Array(g.links.length);
  const costV = new Float64Array(g.links.length);
  const co2U = new Float64Array(g.links.length);
  const co2V = new Float64Array(g.links.length);
  const inc = q.includePlanned;
  g.links.forEach((f, i) => {
    const planned = f.link.status === 'planned';
    const plannedOk = inc === true || (typeof inc === 'object' && inc.has(f.link.id));
    const passes = f.link.passesCountries ?? [];
    const avoided = passes.some((c) => q.avoidCountries?.has(c));
    linkOk[i] = (!planned || plannedOk) && !q.avoidModes?.has(f.link.mode) && !avoided ? 1 : 0;
    for (const c of passes) if (through.includes(c)) linkBit[i]! |= 1 << through.indexOf(c);
    // The numbers of costFigure and co2Figure, without building their texts for every link.
    const rate = f.link.costUsdPerTeu;
    if (rate && q.teu !== null) costV[i] = ((rate.min + rate.max) / 2) * q.teu;
    else costU[i] = 1;
    const factor = f.factor[q.basis];
    if (q.tonnes !== null && f.km.kind !== 'unknown' && factor.kind !== 'unknown')
      co2V[i] = (((f.km.min * factor.min + f.km.max * factor.max) / 2) * q.tonnes) / 1000;
    else co2U[i] = 1;
  });
  const masks = 1 << through.length;
  const perKm: [number, number, number] = [
    perKmBound(g, linkOk, g.num.hoursV),
    perKmBound(g, linkOk, costV),
    perKmBound(g, linkOk, co2V),
  ];
  return {
    perKm,
    g,
    masks,
    full: masks - 1,
    nodeBit,
    nodeOk,
    linkOk,
    linkBit,
    cost: [costU, costV],
    co2: [co2U, co2V],
  };
}

/**
 * The least known value per great-circle km over the usable links: with the triangle inequality,
 * `perKm × great-circle km to the destination` is a lower bound on the known total of any way there,
 * and it never drops by more than a step adds (a consistent A* bound). Links with an unknown figure
 * count with their known part: when every way to the destination has an unknown figure, the search
 * compares those ways by their known totals, so the bound must hold for them too. For time only the
 * link's own hours are counted (dwell and waiting only add to a step). A node without coordinates, or a
 * link covering distance at no known cost, makes the bound 0 (Dijkstra).
 */
function perKmBound(g: Graph, linkOk: Uint8Array, v: Float64Array): number {
  if (!g.geo.complete) return 0;
  let least = Infinity;
  for (let i = 0; i < g.links.length; i++) {
    const km = g.geo.linkKm[i]!;
    if (linkOk[i] && km > 0) least = Math.min(least, v[i]! / km);
  }
  // A margin for the rounding of the haversine and of the sums, so the bound stays below the truth.
  return Number.isFinite(least) ? least * (1 - 1e-9) : 0;
}

export function costFigure(f: LinkFigures, q: Pick<PlanQuery, 'teu'>): Figure {
  const rate = f.link.costUsdPerTeu;
  if (!rate) return { kind: 'unknown', reason: 'no published freight rate for this link' };
  if (q.teu === null) return { kind: 'unknown', reason: 'the rate is per TEU and the cargo is not in TEU' };
  return { kind: 'published', min: rate.min * q.teu, max: rate.max * q.teu, source: rate.source };
}

export function co2Figure(f: LinkFigures, q: Pick<PlanQuery, 'tonnes' | 'basis'>): Figure {
  if (q.tonnes === null)
    return { kind: 'unknown', reason: 'the cargo has no weight (TEU without tonnes per TEU)' };
  if (f.km.kind === 'unknown') return { kind: 'unknown', reason: 'the distance is unknown' };
  const factor = f.factor[q.basis];
  if (factor.kind === 'unknown') return factor;
  const t = q.tonnes;
  return {
    kind: 'estimated',
    min: (f.km.min * t * factor.min) / 1000,
    max: (f.km.max * t * factor.max) / 1000,
    method: `${f.km.kind} distance × ${t} t × ${factor.kind === 'estimated' ? factor.method : factor.source}`,
  };
}

export const BOARDING = 1;
export const MODE_CHANGE = 2;
export const GAUGE_BREAK = 4;

/**
 * What boarding link `li` after arriving in class `cls` (0: at the origin) involves: waiting for a
 * departure, a transshipment between modes, a change of gauge. One function for the search and for
 * the answer, so that what is added up is what is shown.
 */
export function transferFlags(g: Graph, cls: number, li: number): number {
  const k = g.kind;
  const start = cls === 0;
  const modeChange = !start && k.classCarrier[cls] !== k.linkCarrier[li];
  const boarding = !k.linkBorder[li] && (start || modeChange || k.linkShip[li] === 1);
  const cg = k.classGauge[cls]!;
  const lg = k.linkGauge[li]!;
  const gaugeBreak = k.classRail[cls] === 1 && k.linkRail[li] === 1 && cg !== 0 && lg !== 0 && cg !== lg;
  return (boarding ? BOARDING : 0) | (modeChange ? MODE_CHANGE : 0) | (gaugeBreak ? GAUGE_BREAK : 0);
}

/** The step's six numbers: time, cost and CO2, each as (unknown count, known total). */
export function stepCost(p: Prepared, cls: number, li: number, at: number, out: Float64Array) {
  const n = p.g.num;
  const t = transferFlags(p.g, cls, li);
  let u = n.hoursU[li]! + n.borderU[li]!;
  let v = n.hoursV[li]! + n.borderV[li]!;
  if (t & BOARDING) {
    u += n.waitU[li]!;
    v += n.waitV[li]!;
  }
  if (t & MODE_CHANGE) {
    u += n.transU[at]!;
    v += n.transV[at]!;
  }
  if (t & GAUGE_BREAK) {
    u += n.gaugeU[at]!;
    v += n.gaugeV[at]!;
  }
  out[0] = u;
  out[1] = v;
  out[2] = p.cost[0][li]!;
  out[3] = p.cost[1][li]!;
  out[4] = p.co2[0][li]!;
  out[5] = p.co2[1][li]!;
}

const OFFSET: Record<SingleCriterion, number> = { time: 0, cost: 2, co2: 4 };

export interface Found {
  /** Directed edges from the origin to the destination. */
  edges: number[];
  /** The criterion's (unknown count, known total), as the search compared it. */
  key: [number, number];
}

/** The best route by one criterion; null if there is none. */
export function shortestEdges(g: Graph, q: PlanQuery & { criterion: SingleCriterion }): Found | null {
  const p = prepare(g, q);
  if (!p.nodeOk[p.origin] || !p.nodeOk[p.target]) return null;
  const C = g.classCount;
  const M = p.masks;
  const CM = C * M;
  const w = scratchFor(g, g.nodes.length * CM);
  const { distU, distV, parent, via, seen, done, bound, boundAt } = w;
  // A state's entries count only when stamped with this query's generation: nothing is cleared.
  const gen = ++w.generation;
  const o = OFFSET[q.criterion];
  const off = q.bounds === false;
  const perKm = off ? 0 : p.perKm[o / 2]!;
  const target = p.target;
  const geo = g.geo;
  const alt = off ? null : criterionLandmarks(g, q.criterion, q);
  const n = g.nodes.length;
  /** A* lower bound of the known total from a node to the destination: the larger of two bounds. */
  const h = (node: number) => {
    if (boundAt[node] !== gen) {
      boundAt[node] = gen;
      const gc = perKm === 0 ? 0 : perKm * geoKm(geo, node, target);
      bound[node] = alt ? Math.max(gc, landmarkBound(alt.lm, n, node, target, alt.scale)) : gc;
    }
    return bound[node]!;
  };
  const step = new Float64Array(6);
  const { linkClass } = g.kind;
  const { adjStart, adjEdge, edgeLink, edgeHead } = g;
  const { linkOk, nodeOk, nodeBit, linkBit, full } = p;
  const s0 = p.origin * CM + nodeBit[p.origin]!;
  seen[s0] = gen;
  distU[s0] = 0;
  distV[s0] = 0;
  parent[s0] = -1;
  const heap = w.heap;
  heap.clear();
  heap.push(0, h(p.origin), s0);
  while (heap.size) {
    const s = heap.pop();
    if (done[s] === gen) continue;
    done[s] = gen;
    // Integer arithmetic: the state's parts stay small integers, never doubles, for the JIT.
    const at = (s / CM) | 0;
    const rest = s - at * CM;
    const cls = (rest / M) | 0;
    const mask = rest - cls * M;
    if (at === target && mask === full) return { edges: unwind(parent, via, s), key: [distU[s]!, distV[s]!] };
    const du = distU[s]!;
    const dv = distV[s]!;
    const end = adjStart[at + 1]!;
    for (let k = adjStart[at]!; k < end; k++) {
      const e = adjEdge[k]!;
      const li = edgeLink[e]!;
      const head = edgeHead[e]!;
      if (!linkOk[li] || !nodeOk[head]) continue;
      const t = (head * C + linkClass[li]!) * M + (mask | nodeBit[head]! | linkBit[li]!);
      if (done[t] === gen) continue;
      stepCost(p, cls, li, at, step);
      const u = du + step[o]!;
      const v = dv + step[o + 1]!;
      if (seen[t] !== gen || u < distU[t]! || (u === distU[t]! && v < distV[t]!)) {
        seen[t] = gen;
        distU[t] = u;
        distV[t] = v;
        parent[t] = s;
        via[t] = e;
        heap.push(u, v + h(head), t);
      }
    }
  }
  return null;
}

interface Scratch {
  generation: number;
  distU: Float64Array;
  distV: Float64Array;
  parent: Int32Array;
  via: Int32Array;
  seen: Int32Array;
  done: Int32Array;
  /** The A* bound per node, computed once per query when first needed. */
  bound: Float64Array;
  boundAt: Int32Array;
  heap: PairHeap;
}

const scratches = new WeakMap<Graph, Scratch>();

/** The search's arrays, kept with the graph between queries (one query runs at a time: it is synchronous). */
function scratchFor(g: Graph, size: number): Scratch {
  const have = scratches.get(g);
  if (have && have.distU.length >= size) return have;
  const w: Scratch = {
    generation: 0,
    distU: new Float64Array(size),
    distV: new Float64Array(size),
    parent: new Int32Array(size),
    via: new Int32Array(size),
    seen: new Int32Array(size),
    done: new Int32Array(size),
    bound: new Float64Array(g.nodes.length),
    boundAt: new Int32Array(g.nodes.length),
    heap: new PairHeap(),
  };
  scratches.set(g, w);
  return w;
}

function unwind(parent: Int32Array, via: Int32Array, s: number): number[] {
  const edges: number[] = [];
  for (let x = s; parent[x]! >= 0; x = parent[x]!) edges.push(via[x]!);
  return edges.reverse();
}
