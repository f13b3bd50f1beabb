/**
 * Progress of an implementation plan. A leaf's progress for a state is that state's latest reported
 * percentage (0 until it reports); its overall progress is the mean over its responsible states. A node's
 * progress is the weighted mean of its children. Per state, only the leaves the state answers for count,
 * and a node's weight counts only where its subtree holds such a leaf.
 */
export interface RollupItem {
  id: string;
  parentId: string | null;
  weight: number;
  responsibleStates: readonly string[];
}

export interface Rollup {
  overall: Map<string, number>;
  perState: Map<string, Map<string, number>>;
}

const round = (n: number) => Math.round(n * 100) / 100;

export function rollUp(
  items: readonly RollupItem[],
  percent: (itemId: string, state: string) => number | undefined,
): Rollup {
  const children = new Map<string | null, RollupItem[]>();
  for (const it of items) children.set(it.parentId, [...(children.get(it.parentId) ?? []), it]);
  const overall = new Map<string, number>();
  const perState = new Map<string, Map<string, number>>();

  // Returns [overall progress, per-state progress] of the subtree, computed bottom-up once.
  const visit = (it: RollupItem): [number, Map<string, number>] => {
    const kids = children.get(it.id) ?? [];
    let result: [number, Map<string, number>];
    if (kids.length === 0) {
      const mine = new Map(it.responsibleStates.map((s) => [s, percent(it.id, s) ?? 0]));
      const values = [...mine.values()];
      result = [values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0, mine];
    } else {
      const sub = kids.map((k) => [k.weight, ...visit(k)] as const);
      const total = sub.reduce((a, [w]) => a + w, 0);
      const states = new Map<string, [number, number]>();
      for (const [w, , per] of sub) {
        for (const [s, p] of per) {
          const [acc, weight] = states.get(s) ?? [0, 0];
          states.set(s, [acc + w * p, weight + w]);
        }
      }
      result = [
        sub.reduce((a, [w, p]) => a + w * p, 0) / total,
        new Map([...states].map(([s, [acc, weight]]) => [s, acc / weight])),
      ];
    }
    overall.set(it.id, round(result[0]));
    perState.set(it.id, new Map([...result[1]].map(([s, p]) => [s, round(p)])));
    return result;
  };
  for (const root of children.get(null) ?? []) visit(root);
  return { overall, perState };
}

/** The plan as a whole: the weighted mean of its top-level items, overall and per state. */
export function planProgress(
  items: readonly RollupItem[],
  r: Rollup,
): { overall: number; perState: Map<string, number> } {
  const roots = items.filter((i) => i.parentId === null);
  const total = roots.reduce((a, i) => a + i.weight, 0);
  const overall = total ? roots.reduce((a, i) => a + i.weight * (r.overall.get(i.id) ?? 0), 0) / total : 0;
  const states = new Map<string, [number, number]>();
  for (const root of roots) {
    for (const [s, p] of r.perState.get(root.id) ?? []) {
      const [acc, w] = states.get(s) ?? [0, 0];
      states.set(s, [acc + root.weight * p, w + root.weight]);
    }
  }
  return {
    overall: round(overall),
    perState: new Map([...states].map(([s, [acc, w]]) => [s, round(acc / w)])),
  };
}
