import { geoKm, type Graph } from './graph';
import { PairHeap } from './heap';

/**
 * Lower bounds for the A* search from landmarks (ALT): for a few far-apart nodes L, the shortest known
 * total d_L(x) from L to every node x over a relaxed network, where a link weighs the least known
 * value its step can add (a figure that is unknown adds nothing known). By the triangle inequality
 * |d_L(T) − d_L(x)| bounds the known total of any way from x to T, and it never drops by more than a
 * step adds: a consistent bound. Links with an unknown figure stay in the relaxed network: when every
 * way to the destination has one, the search compares those ways by their known totals, and a bound
 * of Infinity (a node cut off from the destination) would leave them unordered. A node that no link
 * joins to the destination is bounded by Infinity: no route goes through it.
 *
 * The bounds ignore the query's options: avoiding nodes, links or modes only removes ways, so a bound
 * of the whole network (planned links included) stays below every answer. They are built once per
 * graph and per weight (time, cost per TEU, CO2 per tonne by basis) and scaled by the cargo.
 */
export const LANDMARKS = 8;

export interface Landmarks {
  count: number;
  /** d_L(x) at [L * nodes + x]; Infinity where x is not joined to L. */
  dist: Float64Array;
}

const built = new WeakMap<Graph, Map<string, Landmarks>>();

/** Far-apart nodes: each the farthest by great circle from those picked (by index without coordinates). */
function pick(g: Graph): number[] {
  const n = g.nodes.length;
  if (!n) return [];
  const count = Math.min(LANDMARKS, n);
  if (!g.geo.complete) return Array.from({ length: count }, (_, i) => Math.floor((i * n) / count));
  const near = new Float64Array(n).fill(Infinity);
  const out = [0];
  while (out.length < count) {
    const last = out[out.length - 1]!;
    let best = -1;
    for (let x = 0; x < n; x++) {
      near[x] = Math.min(near[x]!, geoKm(g.geo, last, x));
      if (best < 0 || near[x]! > near[best]!) best = x;
    }
    if (near[best] === 0) break;
    out.push(best);
  }
  return out;
}

/** The landmarks of `weight` (the per-link known value v), built on first use. */
export function landmarks(g: Graph, key: string, v: Float64Array): Landmarks {
  const cache = built.get(g) ?? built.set(g, new Map()).get(g)!;
  const have = cache.get(key);
  if (have) return have;
  const n = g.nodes.length;
  const from = pick(g);
  const dist = new Float64Array(from.length * n).fill(Infinity);
  const heap = new PairHeap();
  from.forEach((l, i) => {
    const d = dist.subarray(i * n, (i + 1) * n);
    const done = new Uint8Array(n);
    d[l] = 0;
    heap.clear();
    heap.push(0, 0, l);
    while (heap.size) {
      const x = heap.pop();
      if (done[x]) continue;
      done[x] = 1;
      for (let k = g.adjStart[x]!; k < g.adjStart[x + 1]!; k++) {
        const e = g.adjEdge[k]!;
        const li = g.edgeLink[e]!;
        const y = g.edgeHead[e]!;
        const dy = d[x]! + v[li]!;
        if (dy < d[y]!) {
          d[y] = dy;
          heap.push(0, dy, y);
        }
      }
    }
  });
  const made = { count: from.length, dist };
  cache.set(key, made);
  return made;
}

/** The bound from node x to node t, times `scale` (the cargo), with a margin for rounding. */
export function landmarkBound(lm: Landmarks, n: number, x: number, t: number, scale: number): number {
  let best = 0;
  for (let i = 0; i < lm.count; i++) {
    const a = lm.dist[i * n + x]!;
    const b = lm.dist[i * n + t]!;
    if (a === Infinity && b === Infinity) continue;
    if (a === Infinity || b === Infinity) return Infinity;
    const d = a > b ? a - b : b - a;
    if (d > best) best = d;
  }
  return best * scale * (1 - 1e-9);
}

/** The per-link weights of a criterion for one unit of cargo: a TEU for cost, a tonne for CO2. */
function unitWeights(g: Graph, key: string): Float64Array {
  const v = new Float64Array(g.links.length);
  const n = g.num;
  g.links.forEach((f, i) => {
    if (key === 'time') {
      // Every step adds the link's hours and border dwell; a ship's step also its waiting (always boarded).
      const ship = g.kind.linkShip[i] === 1;
      v[i] = n.hoursV[i]! + n.borderV[i]! + (ship ? n.waitV[i]! : 0);
      return;
    }
    if (key === 'cost') {
      const rate = f.link.costUsdPerTeu;
      if (rate) v[i] = (rate.min + rate.max) / 2;
      return;
    }
    const factor = f.factor[key === 'co2:WTW' ? 'WTW' : 'TTW'];
    if (f.km.kind !== 'unknown' && factor.kind !== 'unknown')
      v[i] = (f.km.min * factor.min + f.km.max * factor.max) / 2 / 1000;
  });
  return v;
}

/**
 * The landmarks of a query's criterion and the cargo that scales them; null when every step of the
 * criterion has an unknown figure (a cost without TEU, CO2 without tonnes), where no bound is needed.
 */
export function criterionLandmarks(
  g: Graph,
  criterion: 'time' | 'cost' | 'co2',
  cargo: { teu: number | null; tonnes: number | null; basis: 'TTW' | 'WTW' },
): { lm: Landmarks; scale: number } | null {
  const scale = criterion === 'time' ? 1 : criterion === 'cost' ? cargo.teu : cargo.tonnes;
  if (scale === null) return null;
  const key = criterion === 'co2' ? `co2:${cargo.basis}` : criterion;
  const cached = built.get(g)?.get(key);
  return { lm: cached ?? landmarks(g, key, unitWeights(g, key)), scale };
}
