import type { PlanItem } from '../api/plansApi';

export interface PlanNode {
  item: PlanItem;
  /** The outline number, '2.1.3', by position among siblings. */
  number: string;
  children: PlanNode[];
}

/**
 * Builds the plan's tree from the flat items: children under their parent, siblings by position,
 * numbered like an outline. An item whose parent is missing (or that would close a loop) stays
 * visible at the top level rather than disappearing.
 */
export function buildPlanTree(items: readonly PlanItem[]): PlanNode[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  const childrenOf = new Map<string | null, PlanItem[]>();
  for (const item of items) {
    const parent = item.parentId && byId.has(item.parentId) && !closesLoop(item, byId) ? item.parentId : null;
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), item]);
  }
  const build = (parent: string | null, prefix: string): PlanNode[] =>
    [...(childrenOf.get(parent) ?? [])]
      .sort((a, b) => a.position - b.position)
      .map((item, i) => {
        const number = prefix ? `${prefix}.${i + 1}` : String(i + 1);
        return { item, number, children: build(item.id, number) };
      });
  return build(null, '');
}

/** True when following the parents from the item comes back to it. */
function closesLoop(item: PlanItem, byId: ReadonlyMap<string, PlanItem>): boolean {
  const seen = new Set([item.id]);
  for (let p = item.parentId; p; p = byId.get(p)?.parentId ?? null) {
    if (seen.has(p)) return true;
    seen.add(p);
  }
  return false;
}

/** Every node of the tree, depth first, for looking nodes up by item id. */
export function flattenPlanTree(nodes: readonly PlanNode[]): PlanNode[] {
  return nodes.flatMap((n) => [n, ...flattenPlanTree(n.children)]);
}
