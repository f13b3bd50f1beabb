import type { Graph } from './graph';
import { Heap } from './heap';
import { PARETO_LIMITS, prepare, stepCost, type PlanQuery } from './search';

export const dominatesOrEquals = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  for (let k = 0; k < 6; k += 2) {
    if (a[k]! > b[k]! || (a[k] === b[k] && a[k + 1]! > b[k + 1]!)) return false;
  }
  return true;
};

/**
 * The Pareto set over time, cost and CO2 (Martins' label-setting search): every route of the answer is
 * dominated by none other found. Bounded by PARETO_LIMITS; `truncated` says when a bound was hit.
 */
export function paretoEdges(
  g: Graph,
  q: PlanQuery,
): { routes: { edges: number[]; objectives: number[] }[]; truncated: boolean } {
  const p = prepare(g, q);
  if (!p.nodeOk[p.origin] || !p.nodeOk[p.target]) return { routes: [], truncated: false };
  const C = g.classCount;
  const M = p.masks;
  const objs: Float64Array[] = [];
  const parentOf: number[] = [];
  const edgeOf: number[] = [];
  const stateOf: number[] = [];
  const dead: boolean[] = [];
  const atState = new Map<number, number[]>();
  const targets: number[] = [];
  let truncated = false;
  const heap = new Heap(6);
  const add = (state: number, obj: Float64Array, parent: number, edge: number) => {
    for (const t of targets) if (dominatesOrEquals(objs[t]!, obj)) return;
    const here = atState.get(state) ?? [];
    for (const l of here) if (!dead[l] && dominatesOrEquals(objs[l]!, obj)) return;
    for (const l of here) if (!dead[l] && dominatesOrEquals(obj, objs[l]!)) dead[l] = true;
    const alive = here.filter((l) => !dead[l]);
    if (alive.length >= PARETO_LIMITS.labelsPerState || objs.length >= PARETO_LIMITS.labels) {
      truncated = true;
      return;
    }
    const id = objs.length;
    objs.push(obj);
    parentOf.push(parent);
    edgeOf.push(edge);
    stateOf.push(state);
    dead.push(false);
    alive.push(id);
    atState.set(state, alive);
    heap.push(Array.from(obj), id);
  };
  add((p.origin * C + 0) * M + p.nodeBit[p.origin]!, new Float64Array(6), -1, -1);
  const step = new Float64Array(6);
  while (heap.size) {
    const [, id] = heap.pop();
    if (dead[id]) continue;
    const s = stateOf[id]!;
    const mask = s % M;
    const cls = ((s - mask) / M) % C;
    const at = (s - mask - cls * M) / (C * M);
    if (at === p.target && mask === p.full) {
      targets.push(id);
      continue;
    }
    const base = objs[id]!;
    for (let k = g.adjStart[at]!; k < g.adjStart[at + 1]!; k++) {
      const e = g.adjEdge[k]!;
      const li = g.edgeLink[e]!;
      const head = g.edgeHead[e]!;
      if (!p.linkOk[li] || !p.nodeOk[head]) continue;
      stepCost(p, cls, li, at, step);
      const obj = new Float64Array(6);
      for (let x = 0; x < 6; x++) obj[x] = base[x]! + step[x]!;
      add((head * C + g.links[li]!.classId) * M + (mask | p.nodeBit[head]! | p.linkBit[li]!), obj, id, e);
    }
  }
  // Labels reached the destination in lexicographic order, so only an earlier one can dominate (or
  // equal, through another arrival class) a later one.
  const front = targets.filter(
    (a, i) => !targets.slice(0, i).some((b) => dominatesOrEquals(objs[b]!, objs[a]!)),
  );
  if (front.length > PARETO_LIMITS.routes) truncated = true;
  const routes = front.slice(0, PARETO_LIMITS.routes).map((t) => {
    const edges: number[] = [];
    for (let l = t; parentOf[l]! >= 0; l = parentOf[l]!) edges.push(edgeOf[l]!);
    return { edges: edges.reverse(), objectives: Array.from(objs[t]!) };
  });
  return { routes, truncated };
}
