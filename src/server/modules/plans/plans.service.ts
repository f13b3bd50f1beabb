import type { Localized } from '../../../contracts/common';
import {
  statusAgreesWithPercent,
  type CreatePlanBody,
  type PlanDto,
  type ReportBody,
} from '../../../contracts/plans';
import { requireStateMandate, today, type Actor } from '../../core/auth/actor';
import { defineError } from '../../core/errors';
import {
  checkFile,
  defineFileUse,
  describeFiles,
  findFile,
  IMAGE_KINDS,
  OFFICE_KINDS,
  storeFile,
  type FileInput,
} from '../../core/files';
import { newId } from '../../core/ids';
import type { Kernel } from '../../core/module';
import { getInstrument } from '../documents';
import { stateExists } from '../states';
import * as repo from './plans.repository';
import { planProgress, rollUp } from './rollup.rules';

declare module '../../core/jobs' {
  interface PlatformEvents {
    'plans.reminders_requested': { planId: string; title: Localized; states: string[]; at: string };
    'plans.plan_created': { planId: string; title: Localized; states: string[] };
    'plans.report_submitted': {
      planId: string;
      title: Localized;
      itemId: string;
      state: string;
      percent: number;
      reportId: string;
    };
  }
}

export const PlanErrors = {
  notFound: defineError<{ id: string }>('plans.not_found', 404, 'No such plan'),
  itemNotFound: defineError<{ id: string }>('plans.item_not_found', 404, 'No such item'),
  badTree: defineError<{ reason: string }>('plans.bad_tree', 400, 'The items do not form a tree'),
  unknownState: defineError<{ state: string }>('plans.unknown_state', 400, 'No such state'),
  notResponsible: defineError<{ state: string }>(
    'plans.not_responsible',
    403,
    'This state is not responsible for the item',
  ),
  statusPercent: defineError<{ field: string; status: string; percent: number }>(
    'plans.status_percent_mismatch',
    400,
    'The status and the percentage disagree',
  ),
  reportOnGroup: defineError(
    'plans.report_on_group',
    409,
    'Report on the items of a group, not on the group',
  ),
};

export type PlansDeps = Pick<Kernel, 'db' | 'dbKind' | 'audit' | 'events' | 'now'>;

/** Creates a plan and its tree in one transaction (Secretariat). */
export async function createPlan(
  deps: PlansDeps,
  actor: Actor | null,
  input: CreatePlanBody,
  opts: { demo?: boolean } = {},
) {
  await getInstrument(deps, actor, input.instrumentId);
  const ids = new Map<string, string>();
  for (const it of input.items) {
    if (ids.has(it.key)) throw PlanErrors.badTree({ reason: `key ${it.key} used twice` });
    ids.set(it.key, newId());
  }
  for (const it of input.items) {
    if (
      it.parentKey !== undefined &&
      (!ids.has(it.parentKey) ||
        input.items.findIndex((x) => x.key === it.parentKey) > input.items.indexOf(it))
    ) {
      throw PlanErrors.badTree({ reason: `parent ${it.parentKey} of ${it.key} must come before it` });
    }
  }
  const states = [...new Set(input.items.flatMap((i) => i.responsibleStates))];
  for (const s of states) if (!(await stateExists(deps.db, s))) throw PlanErrors.unknownState({ state: s });
  const id = newId();
  const now = deps.now().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    await repo.insertPlan(
      trx,
      {
        id,
        instrument_id: input.instrumentId,
        title: JSON.stringify(input.title),
        demo: opts.demo ? 1 : 0,
        created_at: now,
        created_by: actor?.userId ?? null,
      },
      input.items.map((it, position) => ({
        id: ids.get(it.key)!,
        plan_id: id,
        parent_id: it.parentKey ? ids.get(it.parentKey)! : null,
        position,
        title: JSON.stringify(it.title),
        responsible_states: JSON.stringify([...new Set(it.responsibleStates)].sort()),
        responsible_bodies: JSON.stringify(it.responsibleBodies),
        deadline: it.deadline ?? null,
        indicator: it.indicator ?? null,
        target: it.target ?? null,
        weight: it.weight,
      })),
    );
    await deps.audit.record(trx, actor, {
      action: 'plans.plan_created',
      targetType: 'plan',
      targetId: id,
      actingFor: 'secretariat',
      data: { instrumentId: input.instrumentId, items: input.items.length },
    });
    if (states.length)
      await deps.events.emit(trx, 'plans.plan_created', { planId: id, title: input.title, states });
  });
  return getPlan(deps, actor, id);
}

export async function getPlan(
  deps: Pick<PlansDeps, 'db' | 'now'>,
  actor: Actor | null,
  id: string,
): Promise<PlanDto> {
  const plan = await repo.findPlan(deps.db, id);
  if (!plan) throw PlanErrors.notFound({ id });
  // A plan is as visible as the instrument it implements.
  await getInstrument(deps, actor, plan.instrument_id).catch(() => {
    throw PlanErrors.notFound({ id });
  });
  const [items, reports, evidenceLinks] = await Promise.all([
    repo.listItems(deps.db, id),
    repo.latestReports(deps.db, id),
    repo.listEvidence(deps.db, id),
  ]);
  const evidence = await describeFiles(
    deps.db,
    evidenceLinks.map((e) => e.id),
  );
  const filesByReport = new Map<
    string,
    { id: string; filename: string; mediaType: string; size: number; sha256: string }[]
  >();
  for (const e of evidence) {
    const f = { id: e.id, filename: e.filename, mediaType: e.mediaType, size: e.size, sha256: e.sha256 };
    filesByReport.set(e.ownerRecord, [...(filesByReport.get(e.ownerRecord) ?? []), f]);
  }
  const byKey = new Map(reports.map((r) => [`${r.itemId}:${r.state}`, r]));
  const rollup = rollUp(items, (itemId, state) => byKey.get(`${itemId}:${state}`)?.percent);
  const progress = planProgress(items, rollup);
  const isLeaf = new Set(items.map((i) => i.id));
  for (const i of items) if (i.parentId) isLeaf.delete(i.parentId);
  const day = today(deps.now());
  const overdue = items
    .filter(
      (i) => isLeaf.has(i.id) && i.deadline && i.deadline < day && (rollup.overall.get(i.id) ?? 0) < 100,
    )
    .map((i) => ({
      itemId: i.id,
      deadline: i.deadline!,
      progress: rollup.overall.get(i.id) ?? 0,
      lagging: i.responsibleStates.filter((s) => (byKey.get(`${i.id}:${s}`)?.percent ?? 0) < 100),
    }));
  const missing = new Map<string, number>();
  for (const i of items) {
    if (!isLeaf.has(i.id)) continue;
    for (const s of i.responsibleStates)
      if (!byKey.has(`${i.id}:${s}`)) missing.set(s, (missing.get(s) ?? 0) + 1);
  }
  const reportsByItem = new Map<string, repo.Report[]>();
  for (const r of reports) reportsByItem.set(r.itemId, [...(reportsByItem.get(r.itemId) ?? []), r]);
  return {
    id,
    instrumentId: plan.instrument_id,
    title: JSON.parse(plan.title) as Localized,
    demo: !!Number(plan.demo),
    createdAt: plan.created_at,
    progress: { overall: progress.overall, perState: Object.fromEntries(progress.perState) },
    items: items.map((i) => ({
      ...i,
      progress: rollup.overall.get(i.id) ?? 0,
      perState: Object.fromEntries(rollup.perState.get(i.id) ?? []),
      latestReports: (reportsByItem.get(i.id) ?? []).map((r) => ({
        id: r.id,
        files: filesByReport.get(r.id) ?? [],
        state: r.state,
        status: r.status,
        percent: r.percent,
        narrative: r.narrative,
        reportedAt: r.reportedAt,
      })),
    })),
    overdue,
    notReported: [...missing].sort().map(([state, n]) => ({ state, items: n })),
  };
}

export async function listPlans(
  deps: Pick<PlansDeps, 'db' | 'now'>,
  actor: Actor | null,
  instrumentId?: string,
) {
  const out = [];
  for (const p of await repo.listPlans(deps.db, instrumentId)) {
    const visible = await getInstrument(deps, actor, p.instrument_id).then(
      () => true,
      () => false,
    );
    if (visible)
      out.push({
        id: p.id,
        instrumentId: p.instrument_id,
        title: JSON.parse(p.title) as Localized,
        demo: !!Number(p.demo),
        createdAt: p.created_at,
      });
  }
  return out;
}

/** A state reports on an item it is responsible for: only through a mandate for that state. */
export async function report(
  deps: PlansDeps,
  actor: Actor,
  planId: string,
  itemId: string,
  input: ReportBody,
) {
  const plan = await getPlan(deps, actor, planId);
  const state = requireStateMandate(actor, input.state, ['national_coordinator', 'delegate']);
  if (!statusAgreesWithPercent(input.status, input.percent))
    throw PlanErrors.statusPercent({ field: 'percent', status: input.status, percent: input.percent });
  await deps.db.transaction().execute(async (trx) => {
    const item = await repo.findItem(trx, planId, itemId);
    if (!item) throw PlanErrors.itemNotFound({ id: itemId });
    if (!(JSON.parse(item.responsible_states) as string[]).includes(state))
      throw PlanErrors.notResponsible({ state });
    const items = await repo.listItems(trx, planId);
    if (items.some((i) => i.parentId === itemId)) throw PlanErrors.reportOnGroup();
    const id = newId();
    await repo.insertReport(trx, {
      id,
      plan_id: planId,
      item_id: itemId,
      state_code: state,
      status: input.status,
      percent: input.percent,
      narrative: input.narrative ?? null,
      evidence: JSON.stringify(input.evidence),
      reported_at: deps.now().toISOString(),
      reported_by: actor.userId,
    });
    await deps.audit.record(trx, actor, {
      action: 'plans.report_submitted',
      targetType: 'plan_item',
      targetId: itemId,
      actingFor: state,
      data: { planId, reportId: id, status: input.status, percent: input.percent },
    });
    await deps.events.emit(trx, 'plans.report_submitted', {
      planId,
      title: plan.title,
      itemId,
      state,
      percent: input.percent,
      reportId: id,
    });
  });
  return getPlan(deps, actor, planId);
}

/** Reminds only the states that have not reported or are late on an overdue item. */
export async function sendReminders(deps: PlansDeps, actor: Actor, planId: string) {
  const plan = await getPlan(deps, actor, planId);
  const states = [
    ...new Set([...plan.notReported.map((n) => n.state), ...plan.overdue.flatMap((o) => o.lagging)]),
  ].sort();
  const at = deps.now().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    await deps.audit.record(trx, actor, {
      action: 'plans.reminders_sent',
      targetType: 'plan',
      targetId: planId,
      actingFor: 'secretariat',
      data: { states },
    });
    if (states.length)
      await deps.events.emit(trx, 'plans.reminders_requested', { planId, title: plan.title, states, at });
  });
  return { states };
}

/** Documents and photos attached to progress reports as evidence. */
export const evidenceUse = defineFileUse({
  name: 'plans.evidence',
  module: 'plans',
  accepts: [...OFFICE_KINDS, ...IMAGE_KINDS],
  maxBytes: 20 * 1024 * 1024,
});

/** Attaches an evidence file (document or photo) to a report; only a mandate holder of the reporting state. */
export async function addEvidence(
  deps: PlansDeps,
  actor: Actor,
  planId: string,
  reportId: string,
  file: FileInput,
) {
  await getPlan(deps, actor, planId);
  const report = await repo.findReport(deps.db, planId, reportId);
  if (!report) throw PlanErrors.itemNotFound({ id: reportId });
  const state = requireStateMandate(actor, report.state_code, ['national_coordinator', 'delegate']);
  const checked = await checkFile(evidenceUse, file);
  const f = await deps.db.transaction().execute(async (trx) => {
    const stored = await storeFile(trx, checked, {
      ownerRecord: reportId,
      uploadedBy: actor.email,
      actingFor: state,
      at: deps.now().toISOString(),
    });
    await repo.insertEvidence(trx, { id: stored.id, report_id: reportId, plan_id: planId });
    await deps.audit.record(trx, actor, {
      action: 'plans.evidence_added',
      targetType: 'plan_report',
      targetId: reportId,
      actingFor: state,
      data: { evidenceId: stored.id, sha256: stored.sha256, size: stored.size, mediaType: stored.mediaType },
    });
    return stored;
  });
  return { id: f.id, filename: f.filename, mediaType: f.mediaType, size: f.size, sha256: f.sha256 };
}

/** An evidence file, for download; 404 unless the actor may see the plan. */
export async function getEvidence(
  deps: Pick<PlansDeps, 'db' | 'now'>,
  actor: Actor | null,
  planId: string,
  id: string,
) {
  await getPlan(deps, actor, planId);
  const e = await repo.findEvidence(deps.db, planId, id);
  const f = e && (await findFile(deps.db, 'plans', e.id));
  if (!f) throw PlanErrors.itemNotFound({ id });
  return f;
}
