import type { DecisionDto, PositionDto, PositionKind } from '../../../../contracts/decisions';

/** Where a state stands on a decision: its position, no position yet, or not taking part at all. */
export type Standing = PositionKind | 'pending' | 'none';

export const STANDINGS: readonly Standing[] = ['support', 'statement', 'objection', 'pending', 'none'];

export function standingOf(decision: DecisionDto, state: string): Standing {
  if (!decision.participants.includes(state)) return 'none';
  return decision.positions.find((p) => p.state === state)?.position ?? 'pending';
}

export function positionOf(decision: DecisionDto, state: string): PositionDto | undefined {
  return decision.positions.find((p) => p.state === state);
}

/** Under consensus minus one the objection of the state concerned does not count (Charter Art. 16). */
export function doesNotCount(decision: DecisionDto, state: string): boolean {
  return (
    decision.procedure === 'consensus_minus_one' &&
    (decision.concernedState === state || positionOf(decision, state)?.counts === false)
  );
}
