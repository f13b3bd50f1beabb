import { tables, toNumber, type DbOrTrx } from '../../core/db/database';
import type { PartnerDto } from '../../../contracts/transport';

export interface PartnershipTables {
  transport_partner: {
    id: string;
    node_id: string;
    state: string;
    status: string;
    terms: string;
    source: string;
    decision_id: string;
    decision_number: string | null;
    applied_at: string;
    applied_by: string | null;
    decided_at: string | null;
  };
  transport_partner_indicator: {
    partner_id: string;
    year: number;
    data: string;
    recorded_at: string;
    recorded_by: string | null;
  };
}

type PartnerRow = PartnershipTables['transport_partner'];
const db = (d: DbOrTrx) => tables<PartnershipTables>(d);

export async function insertPartner(d: DbOrTrx, row: PartnerRow) {
  await db(d).insertInto('transport_partner').values(row).execute();
}

export async function findPartnerRow(d: DbOrTrx, id: string) {
  return db(d).selectFrom('transport_partner').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findByDecision(d: DbOrTrx, decisionId: string) {
  return db(d)
    .selectFrom('transport_partner')
    .selectAll()
    .where('decision_id', '=', decisionId)
    .executeTakeFirst();
}

/** Applications still open or admitted for a node: one at a time. */
export async function findActiveForNode(d: DbOrTrx, node: string) {
  return db(d)
    .selectFrom('transport_partner')
    .select('id')
    .where('node_id', '=', node)
    .where('status', 'in', ['applied', 'member'])
    .executeTakeFirst();
}

export async function decide(d: DbOrTrx, id: string, status: string, number: string | null, at: string) {
  await db(d)
    .updateTable('transport_partner')
    .set({ status, decision_number: number, decided_at: at })
    .where('id', '=', id)
    .execute();
}

export async function insertIndicator(d: DbOrTrx, row: PartnershipTables['transport_partner_indicator']) {
  await db(d).insertInto('transport_partner_indicator').values(row).execute();
}

export async function listPartners(d: DbOrTrx, f: { status?: string } = {}): Promise<PartnerDto[]> {
  let q = db(d).selectFrom('transport_partner').selectAll().orderBy('applied_at').orderBy('id');
  if (f.status) q = q.where('status', '=', f.status);
  const rows = await q.execute();
  if (!rows.length) return [];
  const indicators = await db(d)
    .selectFrom('transport_partner_indicator')
    .selectAll()
    .where(
      'partner_id',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('year')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    node: r.node_id,
    state: r.state,
    status: r.status as PartnerDto['status'],
    terms: JSON.parse(r.terms) as PartnerDto['terms'],
    source: r.source,
    decisionId: r.decision_id,
    decisionNumber: r.decision_number,
    appliedAt: r.applied_at,
    decidedAt: r.decided_at,
    indicators: indicators
      .filter((i) => i.partner_id === r.id)
      .map(
        (i) =>
          ({ ...(JSON.parse(i.data) as object), year: toNumber(i.year) }) as PartnerDto['indicators'][number],
      ),
  }));
}
