import { tables, toNumber, type DbOrTrx } from '../../core/db/database';

/** The network's links to other modules' records: ids only, read back through those modules' doors. */
export interface LinksTables {
  transport_project_link: {
    id: string;
    project_id: string;
    target: string;
    target_id: string;
    effect: string;
    hours: number | null;
    source: string;
    created_at: string;
    created_by: string | null;
  };
  transport_corridor_item: {
    id: string;
    corridor_id: string;
    kind: string;
    item_id: string;
    created_at: string;
    created_by: string | null;
  };
}

export type ProjectLinkRow = LinksTables['transport_project_link'];
export type CorridorItemRow = LinksTables['transport_corridor_item'];
const db = (d: DbOrTrx) => tables<LinksTables>(d);

export async function insertProjectLink(d: DbOrTrx, row: ProjectLinkRow) {
  await db(d).insertInto('transport_project_link').values(row).execute();
}

export async function deleteProjectLink(d: DbOrTrx, id: string) {
  await db(d).deleteFrom('transport_project_link').where('id', '=', id).execute();
}

export async function findProjectLink(d: DbOrTrx, id: string): Promise<ProjectLinkRow | undefined> {
  const r = await db(d)
    .selectFrom('transport_project_link')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  return r && { ...r, hours: r.hours === null ? null : toNumber(r.hours) };
}

/** Project links by project, or by what they name (nodes and links); unfiltered, not checked for visibility. */
export async function listProjectLinks(
  d: DbOrTrx,
  f: { project?: string; nodes?: readonly string[]; links?: readonly string[] },
): Promise<ProjectLinkRow[]> {
  let q = db(d).selectFrom('transport_project_link').selectAll().orderBy('created_at').orderBy('id');
  if (f.project) q = q.where('project_id', '=', f.project);
  if (f.nodes || f.links) {
    const nodes = [...(f.nodes ?? [])];
    const links = [...(f.links ?? [])];
    if (!nodes.length && !links.length) return [];
    q = q.where((eb) =>
      eb.or([
        ...(nodes.length ? [eb.and([eb('target', '=', 'node'), eb('target_id', 'in', nodes)])] : []),
        ...(links.length ? [eb.and([eb('target', '=', 'link'), eb('target_id', 'in', links)])] : []),
      ]),
    );
  }
  return (await q.execute()).map((r) => ({ ...r, hours: r.hours === null ? null : toNumber(r.hours) }));
}

export async function insertCorridorItem(d: DbOrTrx, row: CorridorItemRow) {
  await db(d).insertInto('transport_corridor_item').values(row).execute();
}

export async function deleteCorridorItem(d: DbOrTrx, id: string) {
  await db(d).deleteFrom('transport_corridor_item').where('id', '=', id).execute();
}

export async function findCorridorItem(d: DbOrTrx, id: string) {
  return db(d).selectFrom('transport_corridor_item').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listCorridorItems(d: DbOrTrx, corridor: string): Promise<CorridorItemRow[]> {
  return db(d)
    .selectFrom('transport_corridor_item')
    .selectAll()
    .where('corridor_id', '=', corridor)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}
