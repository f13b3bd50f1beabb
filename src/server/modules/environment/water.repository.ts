import { tables, type DbOrTrx } from '../../core/db/database';

export interface WaterTables {
  environment_water_body: { id: string; name: string; states: string; plan_id: string | null };
  environment_water_point: {
    body_id: string;
    indicator: string;
    unit: string;
    date: string;
    value: number;
    source: string;
    method: string;
    demo: number;
    recorded_at: string;
    recorded_by: string | null;
  };
}

export type WaterBodyRow = WaterTables['environment_water_body'];
export type WaterPointRow = WaterTables['environment_water_point'];
const db = (d: DbOrTrx) => tables<WaterTables>(d);

export async function findWaterBodyIds(d: DbOrTrx) {
  return (await db(d).selectFrom('environment_water_body').select('id').execute()).map((r) => r.id);
}

export async function listWaterBodies(d: DbOrTrx) {
  return db(d).selectFrom('environment_water_body').selectAll().orderBy('id').execute();
}

export async function findWaterBody(d: DbOrTrx, id: string) {
  return db(d).selectFrom('environment_water_body').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Adds the water bodies not yet held; an existing one keeps what the Secretariat recorded. */
export async function insertMissingBodies(d: DbOrTrx, rows: WaterBodyRow[]) {
  const known = new Set(await findWaterBodyIds(d));
  const fresh = rows.filter((r) => !known.has(r.id));
  if (fresh.length) await db(d).insertInto('environment_water_body').values(fresh).execute();
}

export async function setPlan(d: DbOrTrx, id: string, planId: string | null) {
  await db(d).updateTable('environment_water_body').set({ plan_id: planId }).where('id', '=', id).execute();
}

export async function listPoints(d: DbOrTrx, bodyId?: string) {
  let q = db(d).selectFrom('environment_water_point').selectAll();
  if (bodyId) q = q.where('body_id', '=', bodyId);
  return q.orderBy('indicator').orderBy('unit').orderBy('date').execute();
}

export async function indicatorsByBody(d: DbOrTrx) {
  return db(d)
    .selectFrom('environment_water_point')
    .select(['body_id', 'indicator'])
    .distinct()
    .orderBy('indicator')
    .execute();
}

export async function insertPoints(d: DbOrTrx, rows: WaterPointRow[]) {
  await db(d).insertInto('environment_water_point').values(rows).execute();
}
