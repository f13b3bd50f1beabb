import type { PositionKind, Procedure } from '../../../contracts/decisions';

/**
 * Charter Art. 16 as code. A decision is adopted when no participating member state objects; no
 * position is not an objection; a statement agrees and is recorded without blocking. Under "consensus
 * minus one" (suspension, expulsion) the objection of the state concerned does not count.
 */
export interface ProcedureCase {
  procedure: Procedure;
  participants: readonly string[];
  concernedState: string | null;
  positions: readonly { state: string; position: PositionKind }[];
}

export function countsTowardOutcome(
  c: Pick<ProcedureCase, 'procedure' | 'concernedState' | 'participants'>,
  state: string,
) {
  if (!c.participants.includes(state)) return false;
  return !(c.procedure === 'consensus_minus_one' && state === c.concernedState);
}

export function evaluate(c: ProcedureCase): { result: 'adopted' | 'not_adopted'; blockedBy: string[] } {
  const blockedBy = [
    ...new Set(
      c.positions
        .filter((p) => p.position === 'objection' && countsTowardOutcome(c, p.state))
        .map((p) => p.state),
    ),
  ].sort();
  return { result: blockedBy.length === 0 ? 'adopted' : 'not_adopted', blockedBy };
}
