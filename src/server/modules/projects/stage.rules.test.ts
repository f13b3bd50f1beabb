import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Stage } from '../../../contracts/projects';
import {
  ALL_ITEMS,
  checkTransition,
  CYCLE,
  GATES,
  missingItems,
  TERMINAL,
  type TransitionCase,
} from './stage.rules';

const STAGES: Stage[] = [...CYCLE, 'cancelled'];
const ITEMS = [...ALL_ITEMS.keys()];

const caseArb: fc.Arbitrary<TransitionCase> = fc.record({
  from: fc.constantFrom(...STAGES),
  to: fc.constantFrom(...STAGES),
  reason: fc.option(fc.constant('because'), { nil: null }),
  recorded: fc.subarray(ITEMS).map((xs) => new Set(xs)),
  approvalOpen: fc.boolean(),
  interested: fc.integer({ min: 0, max: 10 }),
});
const at = (s: Stage) => (CYCLE as readonly Stage[]).indexOf(s);

describe('stage gates', () => {
  it('never lets a project past a gate whose checklist is incomplete, and names what is missing', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const v = checkTransition(c);
        if (v.ok && v.direction === 'forward') {
          expect(missingItems(c.from, c.recorded)).toEqual([]);
          for (const d of GATES[c.from as (typeof CYCLE)[number]]) expect(c.recorded.has(d.item)).toBe(true);
        }
        if (!v.ok && v.error === 'checklist_incomplete') {
          expect(v.missing.length).toBeGreaterThan(0);
          expect(v.missing.every((m) => !c.recorded.has(m))).toBe(true);
        }
      }),
    );
  });

  it('moves forward exactly one stage at a time, never skipping', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const v = checkTransition(c);
        if (v.ok && v.direction !== 'cancel') expect(Math.abs(at(c.to) - at(c.from))).toBe(1);
        if (c.to !== 'cancelled' && !TERMINAL.includes(c.from) && Math.abs(at(c.to) - at(c.from)) > 1) {
          expect(v).toEqual({ ok: false, error: 'skipped' });
        }
      }),
    );
  });

  it('goes back or cancels only with a reason, and never leaves completion or cancelled', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const v = checkTransition(c);
        if (TERMINAL.includes(c.from)) expect(v).toEqual({ ok: false, error: 'terminal' });
        if (v.ok && v.direction !== 'forward') expect(c.reason).not.toBeNull();
      }),
    );
  });

  it('leaves approval forward only through the decision, and not backwards while it is open', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const v = checkTransition({ ...c, from: 'approval' });
        if (c.to === 'implementation') expect(v).toEqual({ ok: false, error: 'approval_by_decision' });
        if (c.to === 'appraisal' && c.approvalOpen) expect(v.ok).toBe(false);
      }),
    );
  });

  it('enters approval, from either side, only with interested member states to decide', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        if (c.to === 'approval' && c.interested === 0) expect(checkTransition(c).ok).toBe(false);
      }),
    );

    const all = new Set(ITEMS);
    const c = {
      from: 'appraisal' as const,
      to: 'approval' as const,
      reason: null,
      recorded: all,
      approvalOpen: false,
    };
    expect(checkTransition({ ...c, interested: 0 })).toEqual({ ok: false, error: 'no_interested_states' });
    expect(checkTransition({ ...c, interested: 2 })).toEqual({ ok: true, direction: 'forward' });
  });

  it('walks the whole cycle when every gate is met', () => {
    const recorded = new Set(ITEMS);
    const base = { reason: null, recorded, approvalOpen: false, interested: 1 };
    for (let i = 0; i + 1 < CYCLE.length; i++) {
      const v = checkTransition({ ...base, from: CYCLE[i]!, to: CYCLE[i + 1]! });
      expect(v.ok || CYCLE[i] === 'approval').toBe(true);
    }
  });
});
