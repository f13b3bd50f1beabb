import type { Localized } from '../../../contracts/common';
import { tables, type DbOrTrx } from '../../core/db/database';

export interface ResultsTables {
  projects_milestone: {
    id: string;
    project_id: string;
    title: string;
    due_date: string;
    status: string;
    evidence_text: string | null;
    evidence_url: string | null;
    created_at: string;
    updated_at: string;
    updated_by: string | null;
  };
  projects_indicator: {
    id: string;
    project_id: string;
    name: string;
    unit: string;
    baseline: string;
    target: string;
    actual: string | null;
    created_at: string;
    updated_at: string;
    updated_by: string | null;
  };
}

export type MilestoneRow = ResultsTables['projects_milestone'];
export type IndicatorRow = ResultsTables['projects_indicator'];
const db = (d: DbOrTrx) => tables<ResultsTables>(d);

export function toMilestone(r: MilestoneRow) {
  return {
    id: r.id,
    title: JSON.parse(r.title) as Localized,
    dueDate: r.due_date,
    status: r.status as 'planned' | 'in_progress' | 'done' | 'delayed',
    evidence: { text: r.evidence_text, url: r.evidence_url },
    updatedAt: r.updated_at,
  };
}
export type Milestone = ReturnType<typeof toMilestone>;

export function toIndicator(r: IndicatorRow) {
  return {
    id: r.id,
    name: JSON.parse(r.name) as Localized,
    unit: r.unit,
    baseline: r.baseline,
    target: r.target,
    actual: r.actual,
    updatedAt: r.updated_at,
  };
}
export type Indicator = ReturnType<typeof toIndicator>;

export async function insertMilestone(d: DbOrTrx, row: MilestoneRow) {
  await db(d).insertInto('projects_milestone').values(row).execute();
}

export async function findMilestone(d: DbOrTrx, projectId: string, id: string) {
  return db(d)
    .selectFrom('projects_milestone')
    .selectAll()
    .where('project_id', '=', projectId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function updateMilestone(d: DbOrTrx, id: string, patch: Partial<MilestoneRow>) {
  await db(d).updateTable('projects_milestone').set(patch).where('id', '=', id).execute();
}

export async function listMilestones(d: DbOrTrx, projectId: string) {
  const rows = await db(d)
    .selectFrom('projects_milestone')
    .selectAll()
    .where('project_id', '=', projectId)
    .orderBy('due_date')
    .orderBy('id')
    .execute();
  return rows.map(toMilestone);
}

export async function insertIndicator(d: DbOrTrx, row: IndicatorRow) {
  await db(d).insertInto('projects_indicator').values(row).execute();
}

export async function findIndicator(d: DbOrTrx, projectId: string, id: string) {
  return db(d)
    .selectFrom('projects_indicator')
    .selectAll()
    .where('project_id', '=', projectId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function updateIndicator(d: DbOrTrx, id: string, patch: Partial<IndicatorRow>) {
  await db(d).updateTable('projects_indicator').set(patch).where('id', '=', id).execute();
}

export async function listIndicators(d: DbOrTrx, projectId: string) {
  const rows = await db(d)
    .selectFrom('projects_indicator')
    .selectAll()
    .where('project_id', '=', projectId)
    .orderBy('id')
    .execute();
  return rows.map(toIndicator);
}
