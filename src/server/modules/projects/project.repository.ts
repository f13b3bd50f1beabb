import type { Localized } from '../../../contracts/common';
import type { FeatureCollection, Sector, Stage } from '../../../contracts/projects';
import type { DatabaseKind } from '../../config';
import { tables, toNumber, type DbOrTrx } from '../../core/db/database';

export interface ProjectsTables {
  projects_project: {
    id: string;
    title: string;
    description: string;
    expected_results: string;
    sector: string;
    locations: string;
    cost_minor: string;
    cost_currency: string;
    proposing_state: string | null;
    stage: string;
    public: number;
    demo: number;
    planned_start: string | null;
    planned_end: string | null;
    approval_decision_id: string | null;
    approval_result: string | null;
    approval_number: string | null;
    approval_closed_at: string | null;
    created_at: string;
    created_by: string | null;
    updated_at: string;
  };
  projects_country: { project_id: string; state_code: string };
  projects_sponsor: { project_id: string; party: string };
  projects_stage_change: {
    id: string;
    project_id: string;
    from_stage: string;
    to_stage: string;
    reason: string | null;
    decision_id: string | null;
    changed_at: string;
    changed_by: string | null;
  };
  projects_checklist: {
    project_id: string;
    item: string;
    document_ref: string | null;
    answer: string | null;
    recorded_at: string;
    recorded_by: string;
  };
  projects_interest: { project_id: string; state_code: string; expressed_at: string; expressed_by: string };
}

export interface Project {
  id: string;
  title: Localized;
  description: Localized;
  expectedResults: Localized;
  sector: Sector;
  locations: FeatureCollection;
  cost: { minor: bigint; currency: string };
  proposingState: string | null;
  stage: Stage;
  public: boolean;
  demo: boolean;
  plannedStart: string | null;
  plannedEnd: string | null;
  approval: {
    decisionId: string | null;
    result: 'adopted' | 'not_adopted' | null;
    number: string | null;
    closedAt: string | null;
  };
  createdAt: string;
  createdBy: string | null;
  updatedAt: string;
}

const db = (d: DbOrTrx) => tables<ProjectsTables>(d);
type Row = ProjectsTables['projects_project'];

export function toProject(r: Row): Project {
  return {
    id: r.id,
    title: JSON.parse(r.title) as Localized,
    description: JSON.parse(r.description) as Localized,
    expectedResults: JSON.parse(r.expected_results) as Localized,
    sector: r.sector as Sector,
    locations: JSON.parse(r.locations) as FeatureCollection,
    cost: { minor: BigInt(r.cost_minor), currency: r.cost_currency },
    proposingState: r.proposing_state,
    stage: r.stage as Stage,
    public: !!toNumber(r.public),
    demo: !!toNumber(r.demo),
    plannedStart: r.planned_start,
    plannedEnd: r.planned_end,
    approval: {
      decisionId: r.approval_decision_id,
      result: r.approval_result as Project['approval']['result'],
      number: r.approval_number,
      closedAt: r.approval_closed_at,
    },
    createdAt: r.created_at,
    createdBy: r.created_by,
    updatedAt: r.updated_at,
  };
}

export function toRow(p: Project): Row {
  return {
    id: p.id,
    title: JSON.stringify(p.title),
    description: JSON.stringify(p.description),
    expected_results: JSON.stringify(p.expectedResults),
    sector: p.sector,
    locations: JSON.stringify(p.locations),
    cost_minor: p.cost.minor.toString(),
    cost_currency: p.cost.currency,
    proposing_state: p.proposingState,
    stage: p.stage,
    public: p.public ? 1 : 0,
    demo: p.demo ? 1 : 0,
    planned_start: p.plannedStart,
    planned_end: p.plannedEnd,
    approval_decision_id: p.approval.decisionId,
    approval_result: p.approval.result,
    approval_number: p.approval.number,
    approval_closed_at: p.approval.closedAt,
    created_at: p.createdAt,
    created_by: p.createdBy,
    updated_at: p.updatedAt,
  };
}

export async function insertProject(d: DbOrTrx, p: Project, countries: string[], sponsors: string[]) {
  await db(d).insertInto('projects_project').values(toRow(p)).execute();
  await db(d)
    .insertInto('projects_country')
    .values(countries.map((c) => ({ project_id: p.id, state_code: c })))
    .execute();
  if (sponsors.length) {
    await db(d)
      .insertInto('projects_sponsor')
      .values(sponsors.map((s) => ({ project_id: p.id, party: s })))
      .execute();
  }
}

/**
 * Reads a project; with `lock` on PostgreSQL the row stays locked until the transaction ends. Every
 * write to a project's stage or ledger takes this lock first, which serialises them per project
 * (SQLite serialises all writers anyway).
 */
export async function findProject(
  d: DbOrTrx,
  id: string,
  lock: DatabaseKind | null = null,
): Promise<Project | undefined> {
  let q = db(d).selectFrom('projects_project').selectAll().where('id', '=', id);
  if (lock === 'postgres') q = q.forUpdate();
  const r = await q.executeTakeFirst();
  return r ? toProject(r) : undefined;
}

export async function findByApprovalDecision(d: DbOrTrx, decisionId: string): Promise<Project | undefined> {
  const r = await db(d)
    .selectFrom('projects_project')
    .selectAll()
    .where('approval_decision_id', '=', decisionId)
    .executeTakeFirst();
  return r ? toProject(r) : undefined;
}

export async function updateProject(d: DbOrTrx, id: string, patch: Partial<Row>) {
  await db(d).updateTable('projects_project').set(patch).where('id', '=', id).execute();
}

export interface ListFilter {
  stage?: Stage;
  sector?: Sector;
  country?: string;
  publicOnly: boolean;
  before?: string;
  limit: number;
}

export async function listProjects(d: DbOrTrx, f: ListFilter): Promise<Project[]> {
  let q = db(d)
    .selectFrom('projects_project')
    .selectAll('projects_project')
    .orderBy('projects_project.id', 'desc')
    .limit(f.limit);
  if (f.stage) q = q.where('stage', '=', f.stage);
  if (f.sector) q = q.where('sector', '=', f.sector);
  if (f.publicOnly) q = q.where('public', '=', 1);
  if (f.before) q = q.where('projects_project.id', '<', f.before);
  if (f.country) {
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('projects_country')
          .select('projects_country.project_id')
          .whereRef('projects_country.project_id', '=', 'projects_project.id')
          .where('projects_country.state_code', '=', f.country!),
      ),
    );
  }
  return (await q.execute()).map(toProject);
}

export async function countriesOf(d: DbOrTrx, ids: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>(ids.map((id) => [id, []]));
  if (!ids.length) return out;
  const rows = await db(d)
    .selectFrom('projects_country')
    .selectAll()
    .where('project_id', 'in', ids)
    .orderBy('state_code')
    .execute();
  for (const r of rows) out.get(r.project_id)!.push(r.state_code);
  return out;
}

export async function sponsorsOf(d: DbOrTrx, id: string): Promise<string[]> {
  const rows = await db(d)
    .selectFrom('projects_sponsor')
    .select('party')
    .where('project_id', '=', id)
    .execute();
  return rows.map((r) => r.party).sort();
}

export async function insertStageChange(d: DbOrTrx, row: ProjectsTables['projects_stage_change']) {
  await db(d).insertInto('projects_stage_change').values(row).execute();
}

export async function listStageChanges(d: DbOrTrx, id: string) {
  return db(d)
    .selectFrom('projects_stage_change')
    .selectAll()
    .where('project_id', '=', id)
    .orderBy('id')
    .execute();
}

export async function upsertChecklist(d: DbOrTrx, row: ProjectsTables['projects_checklist']) {
  await db(d)
    .insertInto('projects_checklist')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['project_id', 'item']).doUpdateSet({
        document_ref: row.document_ref,
        answer: row.answer,
        recorded_at: row.recorded_at,
        recorded_by: row.recorded_by,
      }),
    )
    .execute();
}

export async function listChecklist(d: DbOrTrx, id: string) {
  return db(d).selectFrom('projects_checklist').selectAll().where('project_id', '=', id).execute();
}

/** Records an expression of interest once; returns false when the state had already expressed it. */
export async function insertInterest(d: DbOrTrx, row: ProjectsTables['projects_interest']): Promise<boolean> {
  const r = await db(d)
    .insertInto('projects_interest')
    .values(row)
    .onConflict((oc) => oc.columns(['project_id', 'state_code']).doNothing())
    .returning('state_code')
    .executeTakeFirst();
  return !!r;
}

/** Removes an expression of interest; returns false when the state had not expressed it. */
export async function deleteInterest(d: DbOrTrx, projectId: string, state: string): Promise<boolean> {
  const r = await db(d)
    .deleteFrom('projects_interest')
    .where('project_id', '=', projectId)
    .where('state_code', '=', state)
    .returning('state_code')
    .executeTakeFirst();
  return !!r;
}

export async function listInterest(d: DbOrTrx, id: string): Promise<string[]> {
  const rows = await db(d)
    .selectFrom('projects_interest')
    .select('state_code')
    .where('project_id', '=', id)
    .orderBy('state_code')
    .execute();
  return rows.map((r) => r.state_code);
}

/** Projects at one of `stages`, oldest first. */
export async function listAtStages(d: DbOrTrx, stages: readonly Stage[]): Promise<Project[]> {
  if (!stages.length) return [];
  const rows = await db(d)
    .selectFrom('projects_project')
    .selectAll()
    .where('stage', 'in', [...stages])
    .orderBy('id')
    .execute();
  return rows.map(toProject);
}

/** The checklist items met, per project. */
export async function checklistsOf(d: DbOrTrx, ids: string[]): Promise<Map<string, Set<string>>> {
  const out = new Map<string, Set<string>>(ids.map((id) => [id, new Set()]));
  if (!ids.length) return out;
  const rows = await db(d)
    .selectFrom('projects_checklist')
    .select(['project_id', 'item'])
    .where('project_id', 'in', ids)
    .execute();
  for (const r of rows) out.get(r.project_id)!.add(r.item);
  return out;
}
