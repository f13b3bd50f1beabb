import type { Localized } from '../../../contracts/common';
import { tables, type DbOrTrx } from '../../core/db/database';

export interface CirculationTables {
  circulation_circulation: {
    id: string;
    number: string;
    owner_module: string;
    focal_roles: string;
    subject_kind: string;
    subject_id: string;
    title: string;
    purpose: string;
    deadline_local: string | null;
    demo: number;
    created_at: string;
    created_by: string | null;
  };
  circulation_recipient: {
    circulation_id: string;
    state_code: string;
    zone: string;
    deadline_at: string | null;
    opened_at: string | null;
    acknowledged_at: string | null;
    replied_at: string | null;
    reminded_at: string | null;
  };
  circulation_reply: {
    id: string;
    circulation_id: string;
    state_code: string;
    text: string;
    at: string;
    by: string;
  };
}

export type CirculationRow = CirculationTables['circulation_circulation'];
export type RecipientRow = CirculationTables['circulation_recipient'];
export type ReplyRow = CirculationTables['circulation_reply'];

const t = (d: DbOrTrx) => tables<CirculationTables>(d);

export interface Circulation {
  id: string;
  number: string;
  ownerModule: string;
  focalRoles: string[];
  subject: { kind: string; id: string; title: Localized };
  purpose: 'information' | 'comments' | 'reply';
  deadline: string | null;
  demo: boolean;
  createdAt: string;
}

function toCirculation(r: CirculationRow): Circulation {
  return {
    id: r.id,
    number: r.number,
    ownerModule: r.owner_module,
    focalRoles: JSON.parse(r.focal_roles) as string[],
    subject: { kind: r.subject_kind, id: r.subject_id, title: JSON.parse(r.title) as Localized },
    purpose: r.purpose as Circulation['purpose'],
    deadline: r.deadline_local,
    demo: !!Number(r.demo),
    createdAt: r.created_at,
  };
}

export async function insertCirculation(d: DbOrTrx, row: CirculationRow, recipients: RecipientRow[]) {
  await t(d).insertInto('circulation_circulation').values(row).execute();
  await t(d).insertInto('circulation_recipient').values(recipients).execute();
}

export async function findCirculation(d: DbOrTrx, id: string): Promise<Circulation | undefined> {
  const row = await t(d)
    .selectFrom('circulation_circulation')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  return row && toCirculation(row);
}

/** Circulations of one owner, newest first, optionally only those sent to one of `states`. */
export async function listCirculations(
  d: DbOrTrx,
  ownerModule: string,
  states: readonly string[] | null,
): Promise<Circulation[]> {
  let q = t(d)
    .selectFrom('circulation_circulation')
    .selectAll()
    .where('owner_module', '=', ownerModule)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc');
  if (states) {
    if (states.length === 0) return [];
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('circulation_recipient as r')
          .select('r.state_code')
          .whereRef('r.circulation_id', '=', 'circulation_circulation.id')
          .where('r.state_code', 'in', states),
      ),
    );
  }
  return (await q.execute()).map(toCirculation);
}

export async function listRecipients(d: DbOrTrx, ids: readonly string[]): Promise<RecipientRow[]> {
  if (ids.length === 0) return [];
  return t(d)
    .selectFrom('circulation_recipient')
    .selectAll()
    .where('circulation_id', 'in', ids)
    .orderBy('state_code')
    .execute();
}

export async function listReplies(d: DbOrTrx, id: string): Promise<ReplyRow[]> {
  return t(d)
    .selectFrom('circulation_reply')
    .selectAll()
    .where('circulation_id', '=', id)
    .orderBy('at')
    .orderBy('id')
    .execute();
}

export async function findRecipient(d: DbOrTrx, id: string, state: string) {
  return t(d)
    .selectFrom('circulation_recipient')
    .selectAll()
    .where('circulation_id', '=', id)
    .where('state_code', '=', state)
    .executeTakeFirst();
}

/**
 * Sets a receipt column once: the update only touches a row where it is still empty, so two requests
 * racing record one instant. Returns whether this call set it.
 */
export async function markOnce(
  d: DbOrTrx,
  id: string,
  state: string,
  column: 'opened_at' | 'acknowledged_at' | 'replied_at' | 'reminded_at',
  at: string,
): Promise<boolean> {
  const res = await t(d)
    .updateTable('circulation_recipient')
    .set({ [column]: at })
    .where('circulation_id', '=', id)
    .where('state_code', '=', state)
    .where(column, 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}

export async function insertReply(d: DbOrTrx, row: ReplyRow) {
  await t(d).insertInto('circulation_reply').values(row).execute();
}

/**
 * Recipients that have not done what their circulation asks (acknowledge one for information, reply to
 * the others), have not been reminded and whose deadline is still ahead (after `after`, up to `until`):
 * the reminder job's work list. A deadline already past is the dashboard's business, not a reminder's.
 */
export async function listUnremindedLaggards(d: DbOrTrx, after: string, until: string | null) {
  let q = t(d)
    .selectFrom('circulation_recipient as r')
    .innerJoin('circulation_circulation as c', 'c.id', 'r.circulation_id')
    .select(['r.circulation_id', 'r.state_code', 'r.deadline_at', 'c.owner_module', 'c.title', 'c.number'])
    .where('r.deadline_at', '>', after)
    .where('r.reminded_at', 'is', null)
    .where((eb) =>
      eb.or([
        eb.and([eb('c.purpose', '=', 'information'), eb('r.acknowledged_at', 'is', null)]),
        eb.and([eb('c.purpose', '!=', 'information'), eb('r.replied_at', 'is', null)]),
      ]),
    )
    .orderBy('r.deadline_at')
    .orderBy('r.circulation_id')
    .orderBy('r.state_code');
  if (until !== null) q = q.where('r.deadline_at', '<=', until);
  return q.execute();
}
