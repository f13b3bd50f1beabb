import { tables, toNumber, type DbOrTrx } from '../../core/db/database';
import type { LinkDto, NodeDto } from '../../../contracts/transport';

export interface TransportTables {
  transport_node: {
    id: string;
    country: string;
    type: string;
    data: string;
    updated_at: string;
    updated_by: string | null;
  };
  transport_link: {
    id: string;
    from_id: string;
    to_id: string;
    mode: string;
    status: string;
    data: string;
    updated_at: string;
    updated_by: string | null;
  };
  transport_network_version: { id: number; version: number };
}

const db = (d: DbOrTrx) => tables<TransportTables>(d);

type NodeRow = TransportTables['transport_node'];
type LinkRow = TransportTables['transport_link'];

const toNode = (r: NodeRow): NodeDto => ({
  ...(JSON.parse(r.data) as Omit<NodeDto, 'id' | 'updatedAt'>),
  id: r.id,
  updatedAt: r.updated_at,
});
const toLink = (r: LinkRow): LinkDto => ({
  ...(JSON.parse(r.data) as Omit<LinkDto, 'id' | 'updatedAt'>),
  id: r.id,
  updatedAt: r.updated_at,
});

function nodeRow(n: NodeDto, by: string | null): NodeRow {
  const { id, updatedAt, ...data } = n;
  return {
    id,
    country: n.country,
    type: n.type,
    data: JSON.stringify(data),
    updated_at: updatedAt,
    updated_by: by,
  };
}
function linkRow(l: LinkDto, by: string | null): LinkRow {
  const { id, updatedAt, ...data } = l;
  return {
    id,
    from_id: l.from,
    to_id: l.to,
    mode: l.mode,
    status: l.status,
    data: JSON.stringify(data),
    updated_at: updatedAt,
    updated_by: by,
  };
}

/** Inserts what is absent and leaves what is there: the reference seed never undoes an edit. */
export async function insertMissing(d: DbOrTrx, nodes: NodeDto[], links: LinkDto[]) {
  for (let i = 0; i < nodes.length; i += 200)
    await db(d)
      .insertInto('transport_node')
      .values(nodes.slice(i, i + 200).map((n) => nodeRow(n, null)))
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
  for (let i = 0; i < links.length; i += 200)
    await db(d)
      .insertInto('transport_link')
      .values(links.slice(i, i + 200).map((l) => linkRow(l, null)))
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
  await db(d)
    .insertInto('transport_network_version')
    .values({ id: 1, version: 1 })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
}

export async function listNodes(d: DbOrTrx, f: { country?: string; type?: string } = {}): Promise<NodeDto[]> {
  let q = db(d).selectFrom('transport_node').selectAll().orderBy('id');
  if (f.country) q = q.where('country', '=', f.country);
  if (f.type) q = q.where('type', '=', f.type);
  return (await q.execute()).map(toNode);
}

export async function findNode(d: DbOrTrx, id: string): Promise<NodeDto | undefined> {
  const r = await db(d).selectFrom('transport_node').selectAll().where('id', '=', id).executeTakeFirst();
  return r && toNode(r);
}

export async function listLinks(
  d: DbOrTrx,
  f: { node?: string; mode?: string; status?: string } = {},
): Promise<LinkDto[]> {
  let q = db(d).selectFrom('transport_link').selectAll().orderBy('id');
  if (f.node) {
    const node = f.node;
    q = q.where((eb) => eb.or([eb('from_id', '=', node), eb('to_id', '=', node)]));
  }
  if (f.mode) q = q.where('mode', '=', f.mode);
  if (f.status) q = q.where('status', '=', f.status);
  return (await q.execute()).map(toLink);
}

export async function findLink(d: DbOrTrx, id: string): Promise<LinkDto | undefined> {
  const r = await db(d).selectFrom('transport_link').selectAll().where('id', '=', id).executeTakeFirst();
  return r && toLink(r);
}

export async function insertNode(d: DbOrTrx, n: NodeDto, by: string) {
  await db(d).insertInto('transport_node').values(nodeRow(n, by)).execute();
}
export async function updateNode(d: DbOrTrx, n: NodeDto, by: string) {
  const { id, ...row } = nodeRow(n, by);
  await db(d).updateTable('transport_node').set(row).where('id', '=', id).execute();
}
export async function insertLink(d: DbOrTrx, l: LinkDto, by: string) {
  await db(d).insertInto('transport_link').values(linkRow(l, by)).execute();
}
export async function updateLink(d: DbOrTrx, l: LinkDto, by: string) {
  const { id, ...row } = linkRow(l, by);
  await db(d).updateTable('transport_link').set(row).where('id', '=', id).execute();
}

export async function networkVersion(d: DbOrTrx): Promise<number> {
  const r = await db(d)
    .selectFrom('transport_network_version')
    .select('version')
    .where('id', '=', 1)
    .executeTakeFirst();
  return r ? toNumber(r.version) : 0;
}

export async function bumpVersion(d: DbOrTrx) {
  await db(d)
    .updateTable('transport_network_version')
    .set((eb) => ({ version: eb('version', '+', 1) }))
    .where('id', '=', 1)
    .execute();
}
