import type { Localized } from '../../../contracts/common';
import type { DecisionStatus } from '../../../contracts/decisions';
import type { Actor } from '../../core/auth/actor';
import { nextNumber } from '../../core/registers';
import { applyStatusChange, statesCache } from '../states';
import { DecisionErrors } from './decisions.errors';
import * as repo from './decisions.repository';
import { getDecision, positionDtos, type DecisionsDeps } from './decisions.service';
import { evaluate } from './procedure.rules';

/** Moves a written procedure's deadline later, before it passes (Secretariat). */
export async function extendDeadline(deps: DecisionsDeps, actor: Actor, id: string, deadline: string) {
  const now = deps.now().toISOString();
  const iso = new Date(deadline).toISOString();
  await deps.db.transaction().execute(async (trx) => {
    const d = await repo.findDecision(trx, id, { kind: deps.dbKind, mode: 'update' });
    if (!d) throw DecisionErrors.notFound({ id });
    if (d.status !== 'open') throw DecisionErrors.notOpen({ id, status: d.status });
    if (d.procedure !== 'silence' || !d.deadline) throw DecisionErrors.notSilence();
    if (d.deadline <= now) throw DecisionErrors.deadlinePassed({ deadline: d.deadline });
    if (iso <= d.deadline) throw DecisionErrors.deadlineNotLater({ field: 'deadline', deadline });
    await repo.updateDecision(trx, id, { deadline: iso, reminded_at: null });
    await deps.audit.record(trx, actor, {
      action: 'decisions.deadline_extended',
      targetType: 'decision',
      targetId: id,
      actingFor: 'secretariat',
      data: { from: d.deadline, to: iso },
    });
    await deps.jobs.wake(trx);
  });
  return getDecision(deps, actor, id);
}

/**
 * Closes a decision: evaluates the positions as they stand, numbers it in the body's register, applies
 * its effect if adopted, all in one transaction. A written procedure closes at its deadline (by the
 * scheduler, `by: 'scheduler'`); the Secretariat closes the others on the chair's behalf.
 * Returns false when the decision was already closed (the scheduler's race with another instance).
 */
export async function closeDecision(
  deps: DecisionsDeps,
  actor: Actor | null,
  id: string,
  by: 'secretariat' | 'scheduler',
): Promise<boolean> {
  const now = deps.now();
  // Assigned inside the transaction; the cast stops TypeScript narrowing it to null for good.
  let event = null as {
    title: Localized;
    participants: string[];
    result: 'adopted' | 'not_adopted';
    number: string;
  } | null;
  await deps.db.transaction().execute(async (trx) => {
    const d = await repo.findDecision(trx, id, { kind: deps.dbKind, mode: 'update' });
    if (!d) throw DecisionErrors.notFound({ id });
    if (d.status !== 'open') {
      if (by === 'scheduler') return;
      throw DecisionErrors.notOpen({ id, status: d.status });
    }
    if (d.procedure === 'silence' && d.deadline && d.deadline > now.toISOString()) {
      throw DecisionErrors.silenceRunsToDeadline({ deadline: d.deadline });
    }
    const closedAt = d.procedure === 'silence' && d.deadline ? d.deadline : now.toISOString();
    const participants = await repo.listParticipants(trx, id);
    const positions = await repo.listPositions(trx, id);
    const { result, blockedBy } = evaluate({
      procedure: d.procedure,
      participants,
      concernedState: d.concernedState,
      positions,
    });
    const year = Number(closedAt.slice(0, 4));
    const number = `${d.body}/${year}/${await nextNumber(trx, `decisions.register:${d.body}`, year)}`;
    let effectApplied = false;
    let effectRefusal: string | null = null;
    if (result === 'adopted' && d.effect) {
      const applied = await applyStatusChange(trx, deps, actor, {
        change: { ...d.effect, procedure: d.procedure, concernedState: d.concernedState },
        date: closedAt.slice(0, 10),
        decisionId: id,
        decisionNumber: number,
      });
      effectApplied = applied.ok;
      effectRefusal = applied.ok ? null : applied.reason;
    }
    const outcome: repo.StoredOutcome = {
      result,
      date: closedAt,
      number,
      blockedBy,
      positions: positionDtos(d, participants, positions),
      effectApplied,
      effectRefusal,
    };
    await repo.updateDecision(trx, id, {
      status: result,
      number,
      closed_at: closedAt,
      outcome: JSON.stringify(outcome),
    });
    await deps.audit.record(trx, actor, {
      action: 'decisions.decision_closed',
      targetType: 'decision',
      targetId: id,
      actingFor: 'secretariat',
      data: { result, number, blockedBy, by, effectApplied, effectRefusal },
    });
    event = { title: d.title, participants, result, number };
    await deps.events.emit(trx, 'decisions.decision_closed', { id, ...event });
  });
  if (!event) return false;
  statesCache(deps.db).clear();
  return true;
}

export async function withdrawDecision(deps: DecisionsDeps, actor: Actor, id: string) {
  await deps.db.transaction().execute(async (trx) => {
    const d = await repo.findDecision(trx, id, { kind: deps.dbKind, mode: 'update' });
    if (!d) throw DecisionErrors.notFound({ id });
    if (d.status !== 'open') throw DecisionErrors.notOpen({ id, status: d.status });
    await repo.updateDecision(trx, id, {
      status: 'withdrawn' satisfies DecisionStatus,
      closed_at: deps.now().toISOString(),
    });
    await deps.audit.record(trx, actor, {
      action: 'decisions.decision_withdrawn',
      targetType: 'decision',
      targetId: id,
      actingFor: 'secretariat',
    });
  });
  return getDecision(deps, actor, id);
}
