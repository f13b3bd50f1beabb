import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planProgress, rollUp, type RollupItem } from './rollup.rules';

const STATES = ['KZ', 'RU', 'CN'];

/** A random tree: item i's parent is one of the items before it, or none. */
const treeArb = fc
  .array(
    fc.record({
      parent: fc.nat(),
      root: fc.boolean(),
      weight: fc.integer({ min: 1, max: 10 }),
      states: fc.subarray(STATES, { minLength: 1 }),
    }),
    { minLength: 1, maxLength: 25 },
  )
  .map((rows) =>
    rows.map((r, i): RollupItem => ({
      id: `i${i}`,
      parentId: i === 0 || r.root ? null : `i${r.parent % i}`,
      weight: r.weight,
      responsibleStates: r.states,
    })),
  );

const leaves = (items: RollupItem[]) => items.filter((i) => !items.some((c) => c.parentId === i.id));

describe('plan progress roll-up', () => {
  it('computes a weighted mean of the children', () => {
    const items: RollupItem[] = [
      { id: 'a', parentId: null, weight: 1, responsibleStates: [] },
      { id: 'a1', parentId: 'a', weight: 3, responsibleStates: ['KZ'] },
      { id: 'a2', parentId: 'a', weight: 1, responsibleStates: ['KZ', 'RU'] },
    ];
    const pct: Record<string, number> = { 'a1:KZ': 100, 'a2:KZ': 50, 'a2:RU': 0 };
    const r = rollUp(items, (i, s) => pct[`${i}:${s}`]);
    expect(r.overall.get('a2')).toBe(25);
    expect(r.overall.get('a')).toBe(81.25);
    expect(Object.fromEntries(r.perState.get('a')!)).toEqual({ KZ: 87.5, RU: 0 });
  });

  it('stays between 0 and 100, is 100 when every leaf is done and 0 when nobody has reported', () => {
    fc.assert(
      fc.property(treeArb, fc.func(fc.integer({ min: 0, max: 100 })), (items, f) => {
        const r = rollUp(items, (i, s) => f(i + s));
        const p = planProgress(items, r);
        expect(p.overall).toBeGreaterThanOrEqual(0);
        expect(p.overall).toBeLessThanOrEqual(100);
        expect(
          planProgress(
            items,
            rollUp(items, () => 100),
          ).overall,
        ).toBe(100);
        expect(
          planProgress(
            items,
            rollUp(items, () => undefined),
          ).overall,
        ).toBe(0);
      }),
    );
  });

  it('never goes down when one state reports more progress on one leaf', () => {
    fc.assert(
      fc.property(treeArb, fc.func(fc.integer({ min: 0, max: 90 })), fc.nat(), (items, f, pick) => {
        const ls = leaves(items);
        const leaf = ls[pick % ls.length]!;
        const state = leaf.responsibleStates[0]!;
        const before = planProgress(
          items,
          rollUp(items, (i, s) => f(i + s)),
        );
        const after = planProgress(
          items,
          rollUp(items, (i, s) => (i === leaf.id && s === state ? 100 : f(i + s))),
        );
        expect(after.overall).toBeGreaterThanOrEqual(before.overall - 0.01);
        expect(after.perState.get(state)!).toBeGreaterThanOrEqual(before.perState.get(state)! - 0.01);
      }),
    );
  });

  it('does not change when all weights are scaled alike', () => {
    fc.assert(
      fc.property(
        treeArb,
        fc.func(fc.integer({ min: 0, max: 100 })),
        fc.integer({ min: 2, max: 7 }),
        (items, f, k) => {
          const scaled = items.map((i) => ({ ...i, weight: i.weight * k }));
          const a = planProgress(
            items,
            rollUp(items, (i, s) => f(i + s)),
          );
          const b = planProgress(
            scaled,
            rollUp(scaled, (i, s) => f(i + s)),
          );
          expect(Math.abs(a.overall - b.overall)).toBeLessThan(0.02);
        },
      ),
    );
  });
});
