import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PositionKind, Procedure } from '../../../contracts/decisions';
import { evaluate, type ProcedureCase } from './procedure.rules';

const MEMBERS = ['BY', 'CN', 'IN', 'IR', 'KG', 'KZ', 'PK', 'RU', 'TJ', 'UZ'];
const OUTSIDERS = ['AZ', 'MN', 'TR'];
const position = fc.constantFrom<PositionKind>('support', 'statement', 'objection');

/** Random cases: a subset of participants, and positions from anyone (the engine must ignore outsiders). */
const caseArb = fc
  .record({
    procedure: fc.constantFrom<Procedure>('consensus', 'silence', 'consensus_minus_one'),
    participants: fc.subarray(MEMBERS, { minLength: 1 }),
  })
  .chain(({ procedure, participants }) =>
    fc.record({
      procedure: fc.constant(procedure),
      participants: fc.constant(participants),
      concernedState:
        procedure === 'consensus_minus_one' ? fc.constantFrom(...participants) : fc.constant(null),
      positions: fc.uniqueArray(fc.record({ state: fc.constantFrom(...MEMBERS, ...OUTSIDERS), position }), {
        selector: (p) => p.state,
      }),
    }),
  );

describe('procedure rules (Charter Art. 16)', () => {
  it('adopts exactly when no counting participant objects', () => {
    fc.assert(
      fc.property(caseArb, (c: ProcedureCase) => {
        const counting = c.positions.filter(
          (p) =>
            p.position === 'objection' &&
            c.participants.includes(p.state) &&
            !(c.procedure === 'consensus_minus_one' && p.state === c.concernedState),
        );
        expect(evaluate(c).result).toBe(counting.length === 0 ? 'adopted' : 'not_adopted');
        expect(evaluate(c).blockedBy).toEqual(counting.map((p) => p.state).sort());
      }),
    );
  });

  it('treats silence as consent: with no positions at all a decision is adopted', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        expect(evaluate({ ...c, positions: [] }).result).toBe('adopted');
      }),
    );
  });

  it('never lets a non-participant or a partner block', () => {
    fc.assert(
      fc.property(caseArb, fc.constantFrom(...MEMBERS, ...OUTSIDERS), (c, outsider) => {
        fc.pre(!c.participants.includes(outsider));
        const others = c.positions.filter((p) => p.state !== outsider);
        const withObjection = [...others, { state: outsider, position: 'objection' as const }];
        expect(evaluate({ ...c, positions: withObjection })).toEqual(evaluate({ ...c, positions: others }));
      }),
    );
  });

  it('never lets the state concerned block its own suspension, while any other objection does', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        fc.pre(c.procedure === 'consensus_minus_one' && c.participants.length > 1);
        const concerned = c.concernedState!;
        const other = c.participants.find((s) => s !== concerned)!;
        expect(evaluate({ ...c, positions: [{ state: concerned, position: 'objection' }] }).result).toBe(
          'adopted',
        );
        expect(
          evaluate({
            ...c,
            positions: [
              { state: concerned, position: 'objection' },
              { state: other, position: 'objection' },
            ],
          }).result,
        ).toBe('not_adopted');
      }),
    );
  });

  it('does not let a statement or support block, and one objection is enough to block', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const soft = c.positions.map((p) => ({
          ...p,
          position: p.position === 'objection' ? ('statement' as const) : p.position,
        }));
        expect(evaluate({ ...c, positions: soft }).result).toBe('adopted');
        const objector = c.participants.find(
          (s) => !(c.procedure === 'consensus_minus_one' && s === c.concernedState),
        );
        fc.pre(objector !== undefined);
        const one = [
          ...soft.filter((p) => p.state !== objector),
          { state: objector!, position: 'objection' as const },
        ];
        expect(evaluate({ ...c, positions: one }).result).toBe('not_adopted');
      }),
    );
  });

  it('does not depend on the order in which positions arrive', () => {
    fc.assert(
      fc.property(caseArb, fc.integer(), (c, seed) => {
        const shuffled = [...c.positions].sort(
          (a, b) => ((a.state.charCodeAt(0) * seed) % 7) - ((b.state.charCodeAt(0) * seed) % 7),
        );
        expect(evaluate({ ...c, positions: shuffled })).toEqual(evaluate(c));
      }),
    );
  });
});
