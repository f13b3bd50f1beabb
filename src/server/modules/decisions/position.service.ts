import type { Localized } from '../../../contracts/common';
import type { RecordPositionBody } from '../../../contracts/decisions';
import { AuthErrors, requireStateMandate, type Actor } from '../../core/auth/actor';
import { DecisionErrors } from './decisions.errors';
import { loadVisible } from './decisions.policy';
import * as repo from './decisions.repository';
import { getDecision, type DecisionsDeps } from './decisions.service';

declare module '../../core/jobs' {
  interface PlatformEvents {
    'decisions.position_recorded': {
      id: string;
      title: Localized;
      state: string;
      position: string;
      at: string;
    };
  }
}

/** Records (or changes) a participating member state's position while the decision is open. */
export async function recordPosition(
  deps: DecisionsDeps,
  actor: Actor | null,
  id: string,
  input: RecordPositionBody,
) {
  if (!actor) throw AuthErrors.unauthenticated();
  await loadVisible(deps, actor, id);
  const state = requireStateMandate(actor, input.state, ['national_coordinator', 'delegate']);
  const now = deps.now().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    const d = await repo.findDecision(trx, id, { kind: deps.dbKind, mode: 'share' });
    if (!d) throw DecisionErrors.notFound({ id });
    if (d.status !== 'open') throw DecisionErrors.notOpen({ id, status: d.status });
    if (d.procedure === 'silence' && d.deadline && d.deadline <= now)
      throw DecisionErrors.deadlinePassed({ deadline: d.deadline });
    if (!(await repo.listParticipants(trx, id)).includes(state))
      throw DecisionErrors.notParticipant({ state });
    await repo.upsertPosition(trx, {
      decision_id: id,
      state_code: state,
      position: input.position,
      text: input.text ?? null,
      recorded_at: now,
      recorded_by: actor.userId,
    });
    await deps.audit.record(trx, actor, {
      action: 'decisions.position_recorded',
      targetType: 'decision',
      targetId: id,
      actingFor: state,
      data: { position: input.position, text: input.text ?? null },
    });
    // The Secretariat follows the positions as they come in.
    await deps.events.emit(trx, 'decisions.position_recorded', {
      id,
      title: d.title,
      state,
      position: input.position,
      at: now,
    });
  });
  return getDecision(deps, actor, id);
}
