import type { EmissionBasis, Figure, Mode, RouteDto } from '../../../../contracts/transport';
import type { Graph, LinkFigures } from './graph';

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
}

export interface PlanResult {
  routes: RouteDto[];
  /** The Pareto search stopped at its label limits: the set may miss alternatives. */
  truncated: boolean;
}

/** Pareto search limits, so that a query on a large network answers in bounded time. */
export const PARETO_LIMITS = { labelsPerState: 32, labels: 200_000, routes: 20 };

export class Heap {
  private keys: number[][] = [];
  private ids: number[] = [];
  constructor(private readonly width: number) {}
  get size() {
    return this.ids.length;
  }
  private less(i: number, j: number) {
    const a = this.keys[i]!;
    const b = this.keys[j]!;
    for (let k = 0; k < this.width; k++) if (a[k] !== b[k]) return a[k]! < b[k]!;
    return this.ids[i]! < this.ids[j]!;
  }
  private swap(i: number, j: number) {
    [this.keys[i], this.keys[j]] = [this.keys[j]!, this.keys[i]!];
    [this.ids[i], this.ids[j]] = [this.ids[j]!, this.ids[i]!];
  }
  push(key: number[], id: number) {
    this.keys.push(key);
    this.ids.push(id);
    let i = this.ids.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(i, p)) break;
      this.swap(i, p);
      i = p;
    }
  }
  pop(): [number[], number] {
    const top: [number[], number] = [this.keys[0]!, this.ids[0]!];
    const lastK = this.keys.pop()!;
    const lastI = this.ids.pop()!;
    if (this.ids.length) {
      this.keys[0] = lastK;
      this.ids[0] = lastI;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < this.ids.length && this.less(l, m)) m = l;
        if (r < this.ids.length && this.less(r, m)) m = r;
        if (m === i) break;
        this.swap(i, m);
        i = m;
      }
    }
    return top;
  }
}

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
  return {
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
  const w = scratchFor(g, g.nodes.length * C * M);
  const { distU, distV, parent, via, seen, done } = w;
  // A state's entries count only when stamped with this query's generation: nothing is cleared.
  const gen = ++w.generation;
  const o = OFFSET[q.criterion];
  const step = new Float64Array(6);
  const linkClass = g.kind.linkClass;
  const s0 = (p.origin * C + 0) * M + p.nodeBit[p.origin]!;
  seen[s0] = gen;
  distU[s0] = 0;
  distV[s0] = 0;
  parent[s0] = -1;
  const heap = w.heap;
  heap.clear();
  heap.push(0, 0, s0);
  while (heap.size) {
    const s = heap.pop();
    if (done[s] === gen) continue;
    done[s] = gen;
    const mask = s % M;
    const cls = ((s - mask) / M) % C;
    const at = (s - mask - cls * M) / (C * M);
    if (at === p.target && mask === p.full)
      return { edges: unwind(parent, via, s), key: [distU[s]!, distV[s]!] };
    const du = distU[s]!;
    const dv = distV[s]!;
    for (let k = g.adjStart[at]!; k < g.adjStart[at + 1]!; k++) {
      const e = g.adjEdge[k]!;
      const li = g.edgeLink[e]!;
      const head = g.edgeHead[e]!;
      if (!p.linkOk[li] || !p.nodeOk[head]) continue;
      const t = (head * C + linkClass[li]!) * M + (mask | p.nodeBit[head]! | p.linkBit[li]!);
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
        heap.push(u, v, t);
      }
    }
  }
  return null;
}

/** A binary min-heap of states keyed by (u, v), ties by state index; typed arrays, grown by doubling. */
class PairHeap {
  private u = new Float64Array(1024);
  private v = new Float64Array(1024);
  private id = new Int32Array(1024);
  size = 0;
  clear() {
    this.size = 0;
  }
  private less(i: number, j: number) {
    const a = this.u[i]!;
    const b = this.u[j]!;
    if (a !== b) return a < b;
    const c = this.v[i]!;
    const d = this.v[j]!;
    if (c !== d) return c < d;
    return this.id[i]! < this.id[j]!;
  }
  private move(from: number, to: number) {
    this.u[to] = this.u[from]!;
    this.v[to] = this.v[from]!;
    this.id[to] = this.id[from]!;
  }
  push(u: number, v: number, id: number) {
    if (this.size === this.id.length) {
      const grow = <T extends Float64Array | Int32Array>(a: T, b: T) => (b.set(a), b);
      this.u = grow(this.u, new Float64Array(this.size * 2));
      this.v = grow(this.v, new Float64Array(this.size * 2));
      this.id = grow(this.id, new Int32Array(this.size * 2));
    }
    let i = this.size++;
    this.u[i] = u;
    this.v[i] = v;
    this.id[i] = id;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(i, p)) break;
      this.swap(i, p);
      i = p;
    }
  }
  private swap(i: number, j: number) {
    const u = this.u[i]!;
    const v = this.v[i]!;
    const id = this.id[i]!;
    this.move(j, i);
    this.u[j] = u;
    this.v[j] = v;
    this.id[j] = id;
  }
  pop(): number {
    const top = this.id[0]!;
    this.size--;
    if (this.size > 0) {
      this.move(this.size, 0);
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < this.size && this.less(l, m)) m = l;
        if (r < this.size && this.less(r, m)) m = r;
        if (m === i) break;
        this.swap(i, m);
        i = m;
      }
    }
    return top;
  }
}

interface Scratch {
  generation: number;
  distU: Float64Array;
  distV: Float64Array;
  parent: Int32Array;
  via: Int32Array;
  seen: Int32Array;
  done: Int32Array;
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
