import type { z } from 'zod';
import type { ChecklistBody, ProjectDto, Stage, StageBody } from '../../../contracts/projects';
import type { Actor } from '../../core/auth/actor';
import { newId } from '../../core/ids';
import { runIdempotent, type Idempotency, type Written } from '../../core/http/idempotency';
import { currentMemberCodes } from '../states';
import { ProjectErrors } from './projects.errors';
import { managingFor } from './projects.policy';
import * as repo from './project.repository';
import { decisionStatus, loadVisible, projectDto, type ProjectsDeps } from './project.service';
import { ALL_ITEMS, checkTransition, TERMINAL, type TransitionVerdict } from './stage.rules';

/**
 * Records that a checklist item is met: a document by its reference, a question by its answer. Any
 * gate's item may be recorded early; recording again replaces the earlier record (the audit log keeps
 * every version). @throws projects.unknown_checklist_item, projects.document_ref_required,
 * projects.answer_required, projects.stage_terminal
 */
export async function recordChecklistItem(
  deps: ProjectsDeps,
  actor: Actor,
  id: string,
  input: z.infer<typeof ChecklistBody>,
  idem: Idempotency | null,
): Promise<Written<ProjectDto>> {
  const p0 = await loadVisible(deps, actor, id);
  const actingFor = managingFor(actor, p0);
  const def = ALL_ITEMS.get(input.item);
  if (!def) throw ProjectErrors.unknownChecklistItem({ item: input.item });
  if (def.kind === 'document' && !input.documentRef)
    throw ProjectErrors.documentRefRequired({ item: def.item });
  if (def.kind === 'question' && !input.answer) throw ProjectErrors.answerRequired({ item: def.item });
  const now = deps.now().toISOString();
  return runIdempotent(deps.db, idem, 200, now, async (trx) => {
    const p = await repo.findProject(trx, id, deps.dbKind);
    if (!p) throw ProjectErrors.notFound({ id });
    if (TERMINAL.includes(p.stage)) throw ProjectErrors.stageTerminal({ stage: p.stage });
    await repo.upsertChecklist(trx, {
      project_id: id,
      item: def.item,
      document_ref: input.documentRef ?? null,
      answer: input.answer ?? null,
      recorded_at: now,
      recorded_by: actor.userId,
    });
    await repo.updateProject(trx, id, { updated_at: now });
    await deps.audit.record(trx, actor, {
      action: 'projects.checklist_item_recorded',
      targetType: 'project',
      targetId: id,
      actingFor,
      data: { item: def.item, documentRef: input.documentRef ?? null, answer: input.answer ?? null },
    });
    return projectDto(deps, actor, { ...p, updatedAt: now }, trx);
  });
}

function refusal(v: Extract<TransitionVerdict, { ok: false }>, p: repo.Project, to: Stage) {
  switch (v.error) {
    case 'terminal':
      return ProjectErrors.stageTerminal({ stage: p.stage });
    case 'same_stage':
      return ProjectErrors.sameStage({ stage: p.stage });
    case 'skipped':
      return ProjectErrors.stageSkipped({ from: p.stage, to });
    case 'reason_required':
      return ProjectErrors.reasonRequired();
    case 'approval_by_decision':
      return ProjectErrors.approvalByDecision({ decisionId: p.approval.decisionId });
    case 'approval_open':
      return ProjectErrors.approvalOpen({ decisionId: p.approval.decisionId });
    case 'no_interested_states':
      return ProjectErrors.noInterestedStates();
    case 'checklist_incomplete':
      return ProjectErrors.checklistIncomplete({ stage: p.stage, missing: v.missing });
  }
}

/** Whether the project waits on an open decision (a withdrawn one no longer holds it). */
async function approvalIsOpen(deps: ProjectsDeps, actor: Actor | null, p: repo.Project): Promise<boolean> {
  const a = p.approval;
  if (p.stage !== 'approval' || !a.decisionId || a.result) return false;
  return (await decisionStatus(deps, actor, a.decisionId)) === 'open';
}

/**
 * Moves a project through one gate, back one stage, or to cancelled, in one audited transaction with
 * the project row locked. Entering approval resets the approval record; the caller then opens the
 * decision (approval.service.ts). @throws projects.checklist_incomplete, projects.stage_skipped, ...
 */
export async function moveStage(
  deps: ProjectsDeps,
  actor: Actor,
  id: string,
  input: z.infer<typeof StageBody>,
  idem: Idempotency | null,
): Promise<Written<ProjectDto>> {
  const p0 = await loadVisible(deps, actor, id);
  const members = await currentMemberCodes(deps.db);
  const openBefore = await approvalIsOpen(deps, actor, p0);
  const now = deps.now().toISOString();
  const written = await runIdempotent(deps.db, idem, 200, now, async (trx) => {
    const p = await repo.findProject(trx, id, deps.dbKind);
    if (!p) throw ProjectErrors.notFound({ id });
    // The decision's status was read before the lock; if the approval changed since, assume it is open.
    const approvalOpen =
      p.approval.decisionId === p0.approval.decisionId
        ? openBefore
        : p.stage === 'approval' && !!p.approval.decisionId && !p.approval.result;
    const verdict = checkTransition({
      from: p.stage,
      to: input.to,
      reason: input.reason ?? null,
      recorded: new Set((await repo.listChecklist(trx, id)).map((c) => c.item)),
      approvalOpen,
      interested: (await repo.listInterest(trx, id)).filter((s) => members.includes(s)).length,
    });
    if (!verdict.ok) throw refusal(verdict, p, input.to);
    const entering = input.to === 'approval';
    await repo.updateProject(trx, id, {
      stage: input.to,
      updated_at: now,
      ...(entering && {
        approval_decision_id: null,
        approval_result: null,
        approval_number: null,
        approval_closed_at: null,
      }),
    });
    await repo.insertStageChange(trx, {
      id: newId(),
      project_id: id,
      from_stage: p.stage,
      to_stage: input.to,
      reason: input.reason ?? null,
      decision_id: null,
      changed_at: now,
      changed_by: actor.userId,
    });
    await deps.audit.record(trx, actor, {
      action: 'projects.stage_changed',
      targetType: 'project',
      targetId: id,
      actingFor: 'secretariat',
      data: { from: p.stage, to: input.to, reason: input.reason ?? null, direction: verdict.direction },
    });
    const moved: repo.Project = {
      ...p,
      stage: input.to,
      updatedAt: now,
      approval: entering ? { decisionId: null, result: null, number: null, closedAt: null } : p.approval,
    };
    await deps.events.emit(trx, 'projects.stage_changed', {
      id,
      from: p.stage,
      to: input.to,
      decisionId: null,
    });
    return projectDto(deps, actor, moved, trx);
  });
  return written;
}
