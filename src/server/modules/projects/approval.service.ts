import type { ProjectDto } from '../../../contracts/projects';
import type { Actor } from '../../core/auth/actor';
import { newId } from '../../core/ids';
import type { Kernel } from '../../core/module';
import { createDecision } from '../decisions';
import {
  findReplay,
  storeFinalAnswer,
  runIdempotent,
  type Idempotency,
  type Written,
} from '../../core/http/idempotency';
import { currentMemberCodes } from '../states';
import { ProjectErrors } from './projects.errors';
import * as repo from './project.repository';
import { decisionStatus, getProject, loadVisible, projectDto, type ProjectsDeps } from './project.service';
import { moveStage } from './stage.service';

const cut = (s: string, n: number) => (s.length > n ? s.slice(0, n - 1) + '…' : s);

/**
 * Opens the consensus decision on a project in approval, among the member states that expressed
 * interest only: they decide, so only they can block. The decision is created by the decisions module
 * in its own transaction, then linked to the project in ours (re-checked under the project lock).
 */
async function openDecision(
  deps: ProjectsDeps,
  actor: Actor,
  id: string,
  body: 'CNC' | 'HGC',
  idem: Idempotency | null,
): Promise<Written<ProjectDto>> {
  const p = await loadVisible(deps, actor, id);
  const members = await currentMemberCodes(deps.db);
  const participants = (await repo.listInterest(deps.db, id)).filter((s) => members.includes(s));
  if (!participants.length) throw ProjectErrors.noInterestedStates();
  const decision = await createDecision(deps, actor, {
    body,
    title: {
      en: cut(`Approval of the project: ${p.title.en}`, 500),
      ru: cut(`Одобрение проекта: ${p.title.ru}`, 500),
      zh: cut(`批准项目：${p.title.zh}`, 500),
    },
    text: {
      en: `Approval of the investment project ${p.id} (/api/v1/projects/${p.id}) by the interested member states.`,
      ru: `Одобрение инвестиционного проекта ${p.id} (/api/v1/projects/${p.id}) заинтересованными государствами-членами.`,
      zh: `由有关成员国批准投资项目 ${p.id}（/api/v1/projects/${p.id}）。`,
    },
    procedure: 'consensus',
    participants,
    visibility: p.public ? 'public' : 'restricted',
  });
  const now = deps.now().toISOString();
  return runIdempotent(deps.db, idem, 200, now, async (trx) => {
    const cur = await repo.findProject(trx, id, deps.dbKind);
    if (!cur) throw ProjectErrors.notFound({ id });
    if (cur.stage !== 'approval') throw ProjectErrors.notInApproval({ stage: cur.stage });
    const approval = { decisionId: decision.id, result: null, number: null, closedAt: null };
    await repo.updateProject(trx, id, {
      approval_decision_id: decision.id,
      approval_result: null,
      approval_number: null,
      approval_closed_at: null,
      updated_at: now,
    });
    await deps.audit.record(trx, actor, {
      action: 'projects.approval_opened',
      targetType: 'project',
      targetId: id,
      actingFor: 'secretariat',
      data: { decisionId: decision.id, body, participants },
    });
    return projectDto(deps, actor, { ...cur, approval, updatedAt: now }, trx);
  });
}

/**
 * `POST /projects/{id}/approval`: from appraisal, moves the project into approval (through the gate)
 * and opens the decision; in approval without an open decision (never opened, not adopted, or
 * withdrawn), opens a new one. @throws projects.approval_open, projects.not_in_approval,
 * projects.no_interested_states, projects.checklist_incomplete
 */
export async function openApproval(
  deps: ProjectsDeps,
  actor: Actor,
  id: string,
  body: 'CNC' | 'HGC',
  idem: Idempotency | null,
): Promise<Written<ProjectDto>> {
  return deps.locks.run(`projects.approval:${id}`, async () => {
    const replay = await findReplay<ProjectDto>(deps.db, idem, deps.now().toISOString());
    if (replay) return replay;
    const p = await loadVisible(deps, actor, id);
    if (p.stage === 'appraisal') return enter(deps, actor, id, body, idem);
    if (p.stage !== 'approval') throw ProjectErrors.notInApproval({ stage: p.stage });
    const a = p.approval;
    if (a.decisionId && !a.result && (await decisionStatus(deps, actor, a.decisionId)) === 'open') {
      throw ProjectErrors.approvalOpen({ decisionId: a.decisionId });
    }
    return openDecision(deps, actor, id, body, idem);
  });
}

/** Appraisal -> approval: the stage move through the gate (it claims the key), then the decision. */
async function enter(
  deps: ProjectsDeps,
  actor: Actor,
  id: string,
  body: 'CNC' | 'HGC',
  idem: Idempotency | null,
  reason?: string,
): Promise<Written<ProjectDto>> {
  const moved = await moveStage(deps, actor, id, { to: 'approval', reason }, idem);
  if (moved.replayed) return moved;
  await openDecision(deps, actor, id, body, null);
  const answer = { ...moved, body: await getProject(deps, actor, id) };
  await storeFinalAnswer(deps.db, idem, answer);
  return answer;
}

/** `POST /projects/{id}/stage` with `to: approval` opens the decision too (before the CNC). */
export async function enterApproval(
  deps: ProjectsDeps,
  actor: Actor,
  id: string,
  reason: string | undefined,
  idem: Idempotency | null,
): Promise<Written<ProjectDto>> {
  return deps.locks.run(`projects.approval:${id}`, () => enter(deps, actor, id, 'CNC', idem, reason));
}

/**
 * When the decision on a project closes: adopted moves the project to implementation, not adopted
 * leaves it in approval with the outcome recorded. Runs in its own audited transaction; a repeated
 * event, or one about a decision the project no longer waits for, changes nothing.
 */
export async function onDecisionClosed(
  deps: ProjectsDeps,
  e: { id: string; result: 'adopted' | 'not_adopted'; number: string },
) {
  const found = await repo.findByApprovalDecision(deps.db, e.id);
  if (!found) return;
  await deps.db.transaction().execute(async (trx) => {
    const p = await repo.findProject(trx, found.id, deps.dbKind);
    if (!p || p.approval.decisionId !== e.id || p.approval.result) return;
    const now = deps.now().toISOString();
    const outcome = {
      approval_result: e.result,
      approval_number: e.number,
      approval_closed_at: now,
      updated_at: now,
    };
    if (e.result === 'adopted' && p.stage === 'approval') {
      await repo.updateProject(trx, p.id, { ...outcome, stage: 'implementation' });
      await repo.insertStageChange(trx, {
        id: newId(),
        project_id: p.id,
        from_stage: 'approval',
        to_stage: 'implementation',
        reason: `Decision ${e.number} adopted`,
        decision_id: e.id,
        changed_at: now,
        changed_by: null,
      });
      await deps.audit.record(trx, null, {
        action: 'projects.stage_changed',
        targetType: 'project',
        targetId: p.id,
        actingFor: 'secretariat',
        data: { from: 'approval', to: 'implementation', decisionId: e.id, number: e.number, by: 'decision' },
      });
      await deps.events.emit(trx, 'projects.stage_changed', {
        id: p.id,
        from: 'approval',
        to: 'implementation',
        decisionId: e.id,
      });
      return;
    }
    await repo.updateProject(trx, p.id, outcome);
    await deps.audit.record(trx, null, {
      action: 'projects.approval_outcome_recorded',
      targetType: 'project',
      targetId: p.id,
      actingFor: 'secretariat',
      data: { decisionId: e.id, result: e.result, number: e.number, stage: p.stage },
    });
  });
}

export function subscribe(kernel: Kernel) {
  kernel.events.on('decisions.decision_closed', 'projects.approval_outcome', (e) =>
    onDecisionClosed(kernel, e),
  );
}
