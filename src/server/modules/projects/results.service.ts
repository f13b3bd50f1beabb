import type { z } from 'zod';
import type {
  IndicatorBody,
  IndicatorUpdateBody,
  MilestoneBody,
  MilestoneUpdateBody,
} from '../../../contracts/projects';
import type { Actor } from '../../core/auth/actor';
import { newId } from '../../core/ids';
import { runIdempotent, type Idempotency } from '../../core/http/idempotency';
import { normaliseMeasure } from './measure';
import { ProjectErrors } from './projects.errors';
import { managingFor } from './projects.policy';
import * as results from './results.repository';
import { loadVisible, type ProjectsDeps } from './project.service';

/** Dated milestones with a status and evidence, kept by whoever manages the project. */
export async function addMilestone(
  deps: ProjectsDeps,
  actor: Actor,
  id: string,
  input: z.infer<typeof MilestoneBody>,
  idem: Idempotency | null,
) {
  const actingFor = managingFor(actor, await loadVisible(deps, actor, id));
  const now = deps.now().toISOString();
  const row: results.MilestoneRow = {
    id: newId(),
    project_id: id,
    title: JSON.stringify(input.title),
    due_date: input.dueDate,
    status: input.status,
    evidence_text: input.evidence?.text ?? null,
    evidence_url: input.evidence?.url ?? null,
    created_at: now,
    updated_at: now,
    updated_by: actor.userId,
  };
  return runIdempotent(deps.db, idem, 201, now, async (trx) => {
    await results.insertMilestone(trx, row);
    await deps.audit.record(trx, actor, {
      action: 'projects.milestone_added',
      targetType: 'project',
      targetId: id,
      actingFor,
      data: { milestoneId: row.id, dueDate: row.due_date, status: row.status },
    });
    return results.toMilestone(row);
  });
}

/** PUT: a new status, due date or evidence; evidence given replaces the earlier evidence. */
export async function updateMilestone(
  deps: ProjectsDeps,
  actor: Actor,
  id: string,
  milestoneId: string,
  input: z.infer<typeof MilestoneUpdateBody>,
) {
  const actingFor = managingFor(actor, await loadVisible(deps, actor, id));
  const now = deps.now().toISOString();
  return deps.db.transaction().execute(async (trx) => {
    const m = await results.findMilestone(trx, id, milestoneId);
    if (!m) throw ProjectErrors.milestoneNotFound({ id: milestoneId });
    const patch: Partial<results.MilestoneRow> = { updated_at: now, updated_by: actor.userId };
    if (input.status) patch.status = input.status;
    if (input.dueDate) patch.due_date = input.dueDate;
    if (input.evidence) {
      patch.evidence_text = input.evidence.text ?? null;
      patch.evidence_url = input.evidence.url ?? null;
    }
    await results.updateMilestone(trx, milestoneId, patch);
    await deps.audit.record(trx, actor, {
      action: 'projects.milestone_updated',
      targetType: 'project',
      targetId: id,
      actingFor,
      data: { milestoneId, ...input },
    });
    return results.toMilestone({ ...m, ...patch });
  });
}

export async function listMilestones(deps: ProjectsDeps, actor: Actor | null, id: string) {
  await loadVisible(deps, actor, id);
  return results.listMilestones(deps.db, id);
}

/** Indicators with baseline, target and actual as exact decimals in a unit. */
export async function addIndicator(
  deps: ProjectsDeps,
  actor: Actor,
  id: string,
  input: z.infer<typeof IndicatorBody>,
  idem: Idempotency | null,
) {
  const actingFor = managingFor(actor, await loadVisible(deps, actor, id));
  const now = deps.now().toISOString();
  const row: results.IndicatorRow = {
    id: newId(),
    project_id: id,
    name: JSON.stringify(input.name),
    unit: input.unit,
    baseline: normaliseMeasure(input.baseline),
    target: normaliseMeasure(input.target),
    actual: input.actual === undefined ? null : normaliseMeasure(input.actual),
    created_at: now,
    updated_at: now,
    updated_by: actor.userId,
  };
  return runIdempotent(deps.db, idem, 201, now, async (trx) => {
    await results.insertIndicator(trx, row);
    await deps.audit.record(trx, actor, {
      action: 'projects.indicator_added',
      targetType: 'project',
      targetId: id,
      actingFor,
      data: {
        indicatorId: row.id,
        unit: row.unit,
        baseline: row.baseline,
        target: row.target,
        actual: row.actual,
      },
    });
    return results.toIndicator(row);
  });
}

export async function updateIndicator(
  deps: ProjectsDeps,
  actor: Actor,
  id: string,
  indicatorId: string,
  input: z.infer<typeof IndicatorUpdateBody>,
) {
  const actingFor = managingFor(actor, await loadVisible(deps, actor, id));
  const now = deps.now().toISOString();
  return deps.db.transaction().execute(async (trx) => {
    const row = await results.findIndicator(trx, id, indicatorId);
    if (!row) throw ProjectErrors.indicatorNotFound({ id: indicatorId });
    const patch: Partial<results.IndicatorRow> = { updated_at: now, updated_by: actor.userId };
    if (input.actual !== undefined)
      patch.actual = input.actual === null ? null : normaliseMeasure(input.actual);
    if (input.target !== undefined) patch.target = normaliseMeasure(input.target);
    await results.updateIndicator(trx, indicatorId, patch);
    await deps.audit.record(trx, actor, {
      action: 'projects.indicator_updated',
      targetType: 'project',
      targetId: id,
      actingFor,
      data: { indicatorId, actual: patch.actual, target: patch.target },
    });
    return results.toIndicator({ ...row, ...patch });
  });
}

export async function listIndicators(deps: ProjectsDeps, actor: Actor | null, id: string) {
  await loadVisible(deps, actor, id);
  return results.listIndicators(deps.db, id);
}
