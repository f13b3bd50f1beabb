import { describe, expect, it } from 'vitest';
import type { PlanItem } from '../api/plansApi';
import { buildPlanTree, flattenPlanTree } from './planTree';

const item = (id: string, parentId: string | null, position: number): PlanItem => ({
  id,
  parentId,
  position,
  title: { en: id, ru: id, zh: id },
  responsibleStates: [],
  responsibleBodies: [],
  deadline: null,
  indicator: null,
  target: null,
  weight: 1,
  progress: 0,
  perState: {},
  latestReports: [],
});

describe('buildPlanTree', () => {
  it('puts items under their parent, siblings by position, numbered like an outline', () => {
    const tree = buildPlanTree([
      item('b', null, 4),
      item('a-2', 'a', 3),
      item('a', null, 0),
      item('a-1', 'a', 1),
      item('a-1-1', 'a-1', 2),
    ]);
    expect(tree.map((n) => n.item.id)).toEqual(['a', 'b']);
    expect(tree[0]!.children.map((n) => [n.item.id, n.number])).toEqual([
      ['a-1', '1.1'],
      ['a-2', '1.2'],
    ]);
    expect(tree[0]!.children[0]!.children.map((n) => n.number)).toEqual(['1.1.1']);
    expect(tree[1]!.number).toBe('2');
  });

  it('keeps an item whose parent is missing at the top level', () => {
    const tree = buildPlanTree([item('x', 'gone', 0), item('y', null, 1)]);
    expect(tree.map((n) => n.item.id)).toEqual(['x', 'y']);
  });

  it('does not lose items that point at each other in a loop', () => {
    const tree = buildPlanTree([item('p', 'q', 0), item('q', 'p', 1)]);
    expect(
      flattenPlanTree(tree)
        .map((n) => n.item.id)
        .sort(),
    ).toEqual(['p', 'q']);
  });
});

describe('flattenPlanTree', () => {
  it('lists every node depth first', () => {
    const tree = buildPlanTree([item('a', null, 0), item('a-1', 'a', 1), item('b', null, 2)]);
    expect(flattenPlanTree(tree).map((n) => n.number)).toEqual(['1', '1.1', '2']);
  });
});
