import type { Localized } from '../../../contracts/common';
import { tables, toNumber, type DbOrTrx } from '../../core/db/database';

export interface PlansTables {
  plans_plan: {
    id: string;
    instrument_id: string;
    title: string;
    demo: number;
    created_at: string;
    created_by: string | null;
  };
  plans_item: {
    id: string;
    plan_id: string;
    parent_id: string | null;
    position: number;
    title: string;
    responsible_states: string;
    responsible_bodies: string;
    deadline: string | null;
    indicator: string | null;
    target: string | null;
    weight: number;
  };
  plans_report: {
    id: string;
    plan_id: string;
    item_id: string;
    state_code: string;
    status: string;
    percent: number;
    narrative: string | null;
    evidence: string;
    reported_at: string;
    reported_by: string;
  };
  /** Which report an evidence file (core_file, same id) belongs to. */
  plans_evidence: { id: string; report_id: string; plan_id: string };
}

export interface Item {
  id: string;
  parentId: string | null;
  position: number;
  title: Localized;
  responsibleStates: string[];
  responsibleBodies: string[];
  deadline: string | null;
  indicator: string | null;
  target: string | null;
  weight: number;
}

export interface Report {
  id: string;
  itemId: string;
  state: string;
  status: 'not_started' | 'in_progress' | 'done' | 'blocked';
  percent: number;
  narrative: string | null;
  reportedAt: string;
}

const db = (d: DbOrTrx) => tables<PlansTables>(d);
const BATCH = 500;

export async function insertPlan(
  d: DbOrTrx,
  plan: PlansTables['plans_plan'],
  items: PlansTables['plans_item'][],
) {
  await db(d).insertInto('plans_plan').values(plan).execute();
  for (let i = 0; i < items.length; i += BATCH)
    await db(d)
      .insertInto('plans_item')
      .values(items.slice(i, i + BATCH))
      .execute();
}

export async function findPlan(d: DbOrTrx, id: string) {
  return db(d).selectFrom('plans_plan').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listPlans(d: DbOrTrx, instrumentId?: string) {
  let q = db(d).selectFrom('plans_plan').selectAll().orderBy('id', 'desc').limit(200);
  if (instrumentId) q = q.where('instrument_id', '=', instrumentId);
  return q.execute();
}

export async function listItems(d: DbOrTrx, planId: string): Promise<Item[]> {
  const rows = await db(d)
    .selectFrom('plans_item')
    .selectAll()
    .where('plan_id', '=', planId)
    .orderBy('position')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    parentId: r.parent_id,
    position: toNumber(r.position),
    title: JSON.parse(r.title) as Localized,
    responsibleStates: JSON.parse(r.responsible_states) as string[],
    responsibleBodies: JSON.parse(r.responsible_bodies) as string[],
    deadline: r.deadline,
    indicator: r.indicator,
    target: r.target,
    weight: toNumber(r.weight),
  }));
}

export async function findItem(d: DbOrTrx, planId: string, itemId: string) {
  return db(d)
    .selectFrom('plans_item')
    .selectAll()
    .where('plan_id', '=', planId)
    .where('id', '=', itemId)
    .executeTakeFirst();
}

/** The latest report of each state on each item of a plan. */
export async function latestReports(d: DbOrTrx, planId: string): Promise<Report[]> {
  const rows = await db(d)
    .selectFrom('plans_report')
    .select(['item_id', 'state_code', 'status', 'percent', 'narrative', 'reported_at', 'id'])
    .where('plan_id', '=', planId)
    .orderBy('reported_at')
    .orderBy('id')
    .execute();
  const latest = new Map<string, Report>();
  for (const r of rows) {
    latest.set(`${r.item_id}:${r.state_code}`, {
      id: r.id,
      itemId: r.item_id,
      state: r.state_code,
      status: r.status as Report['status'],
      percent: toNumber(r.percent),
      narrative: r.narrative,
      reportedAt: r.reported_at,
    });
  }
  return [...latest.values()];
}

export async function insertReport(d: DbOrTrx, row: PlansTables['plans_report']) {
  await db(d).insertInto('plans_report').values(row).execute();
}

export async function findReport(d: DbOrTrx, planId: string, reportId: string) {
  return db(d)
    .selectFrom('plans_report')
    .selectAll()
    .where('plan_id', '=', planId)
    .where('id', '=', reportId)
    .executeTakeFirst();
}

export async function insertEvidence(d: DbOrTrx, row: PlansTables['plans_evidence']) {
  await db(d).insertInto('plans_evidence').values(row).execute();
}

export async function listEvidence(d: DbOrTrx, planId: string) {
  return db(d)
    .selectFrom('plans_evidence')
    .select(['id', 'report_id'])
    .where('plan_id', '=', planId)
    .orderBy('id')
    .execute();
}

export async function findEvidence(d: DbOrTrx, planId: string, id: string) {
  return db(d)
    .selectFrom('plans_evidence')
    .selectAll()
    .where('plan_id', '=', planId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function hasDemo(d: DbOrTrx): Promise<boolean> {
  return !!(await db(d)
    .selectFrom('plans_plan')
    .select('id')
    .where('demo', '=', 1)
    .limit(1)
    .executeTakeFirst());
}
