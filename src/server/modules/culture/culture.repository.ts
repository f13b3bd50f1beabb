import type {
  DesignationDto,
  NominationDto,
  NominationStatus,
  ProgrammeDto,
  TentativeDto,
} from '../../../contracts/culture';
import { tables, toNumber, type DbOrTrx } from '../../core/db/database';

export interface CultureTables {
  culture_programme: { code: string; position: number; data: string };
  culture_designation: {
    id: string;
    programme: string;
    name: string;
    description: string | null;
    states: string;
    places: string;
    period_from: number | null;
    period_to: number | null;
    designated_on: string | null;
    decision_id: string | null;
    decision_number: string | null;
    criteria: string;
    status: string;
    source: string;
    demo: number;
  };
  culture_tentative: {
    id: string;
    programme: string;
    state: string;
    name: string;
    description: string | null;
    created_at: string;
    created_by: string | null;
  };
  culture_nomination: {
    id: string;
    programme: string;
    state: string;
    states: string;
    consents: string;
    name: string;
    description: string | null;
    places: string;
    criteria: string;
    tentative_id: string | null;
    off_list_reason: string | null;
    status: string;
    missing: string;
    recommendation: string | null;
    decision_id: string | null;
    designation_id: string | null;
    created_at: string;
    created_by: string | null;
    submitted_at: string | null;
    demo: number;
  };
  culture_dossier_part: { file_id: string; nomination_id: string; part: string; added_at: string };
  culture_evaluation: {
    id: string;
    nomination_id: string;
    expert_id: string;
    recommendation: string;
    text: string;
    created_at: string;
  };
}
export type DesignationRow = CultureTables['culture_designation'];
export type NominationRow = CultureTables['culture_nomination'];
const db = (d: DbOrTrx) => tables<CultureTables>(d);
const json = <T>(s: string | null): T => (s === null ? null : JSON.parse(s)) as T;

export async function insertMissingProgrammes(d: DbOrTrx, programmes: ProgrammeDto[]) {
  const have = new Set(
    (await db(d).selectFrom('culture_programme').select('code').execute()).map((r) => r.code),
  );
  const rows = programmes
    .map((p, position) => ({ code: p.code, position, data: JSON.stringify(p) }))
    .filter((r) => !have.has(r.code));
  if (rows.length) await db(d).insertInto('culture_programme').values(rows).execute();
}

export async function listProgrammes(d: DbOrTrx): Promise<ProgrammeDto[]> {
  const rows = await db(d).selectFrom('culture_programme').select('data').orderBy('position').execute();
  return rows.map((r) => JSON.parse(r.data) as ProgrammeDto);
}

export async function insertMissingDesignations(d: DbOrTrx, rows: DesignationRow[]) {
  const have = new Set(
    (await db(d).selectFrom('culture_designation').select('id').execute()).map((r) => r.id),
  );
  const fresh = rows.filter((r) => !have.has(r.id));
  if (fresh.length) await db(d).insertInto('culture_designation').values(fresh).execute();
}

export async function insertDesignation(d: DbOrTrx, row: DesignationRow) {
  await db(d).insertInto('culture_designation').values(row).execute();
}

function toDesignation(r: DesignationRow): DesignationDto {
  return {
    id: r.id,
    programme: r.programme,
    name: JSON.parse(r.name),
    description: json(r.description),
    states: JSON.parse(r.states),
    places: JSON.parse(r.places),
    period:
      r.period_from === null
        ? null
        : { from: toNumber(r.period_from), to: toNumber(r.period_to ?? r.period_from) },
    designatedOn: r.designated_on,
    decisionId: r.decision_id,
    decisionNumber: r.decision_number,
    criteria: JSON.parse(r.criteria),
    status: r.status as DesignationDto['status'],
    source: r.source,
    demo: !!toNumber(r.demo),
  };
}

export async function listDesignations(
  d: DbOrTrx,
  f: { programme?: string; state?: string; demo?: boolean } = {},
): Promise<DesignationDto[]> {
  let q = db(d).selectFrom('culture_designation').selectAll();
  if (f.programme) q = q.where('programme', '=', f.programme);
  if (f.demo === false) q = q.where('demo', '=', 0);
  const rows = await q.orderBy('programme').orderBy('period_from').orderBy('id').execute();
  const all = rows.map(toDesignation);
  return f.state ? all.filter((x) => x.states.includes(f.state!)) : all;
}

export async function findDesignation(d: DbOrTrx, id: string) {
  const r = await db(d).selectFrom('culture_designation').selectAll().where('id', '=', id).executeTakeFirst();
  return r && toDesignation(r);
}

export async function insertTentative(d: DbOrTrx, row: CultureTables['culture_tentative']) {
  await db(d).insertInto('culture_tentative').values(row).execute();
}

const toTentative = (r: CultureTables['culture_tentative']): TentativeDto => ({
  id: r.id,
  programme: r.programme,
  state: r.state,
  name: JSON.parse(r.name),
  description: json(r.description),
  createdAt: r.created_at,
});

export async function listTentative(d: DbOrTrx, f: { state?: string; programme?: string }) {
  let q = db(d).selectFrom('culture_tentative').selectAll();
  if (f.state) q = q.where('state', '=', f.state);
  if (f.programme) q = q.where('programme', '=', f.programme);
  return (await q.orderBy('state').orderBy('created_at').execute()).map(toTentative);
}

export async function findTentative(d: DbOrTrx, id: string) {
  const r = await db(d).selectFrom('culture_tentative').selectAll().where('id', '=', id).executeTakeFirst();
  return r && toTentative(r);
}

export async function insertNomination(d: DbOrTrx, row: NominationRow) {
  await db(d).insertInto('culture_nomination').values(row).execute();
}

export async function findNominationRow(d: DbOrTrx, id: string) {
  return db(d).selectFrom('culture_nomination').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findNominationByDecision(d: DbOrTrx, decisionId: string) {
  return db(d)
    .selectFrom('culture_nomination')
    .selectAll()
    .where('decision_id', '=', decisionId)
    .executeTakeFirst();
}

export async function listNominationRows(d: DbOrTrx, f: { programme?: string; status?: string }) {
  let q = db(d).selectFrom('culture_nomination').selectAll();
  if (f.programme) q = q.where('programme', '=', f.programme);
  if (f.status) q = q.where('status', '=', f.status);
  return q.orderBy('created_at', 'desc').orderBy('id').execute();
}

export async function updateNomination(
  d: DbOrTrx,
  id: string,
  set: Partial<Omit<NominationRow, 'id'>> & { status?: NominationStatus },
) {
  await db(d).updateTable('culture_nomination').set(set).where('id', '=', id).execute();
}

export async function insertPart(d: DbOrTrx, row: CultureTables['culture_dossier_part']) {
  await db(d).insertInto('culture_dossier_part').values(row).execute();
}

export async function listParts(d: DbOrTrx, nominationIds: string[]) {
  if (!nominationIds.length) return [];
  return db(d)
    .selectFrom('culture_dossier_part')
    .selectAll()
    .where('nomination_id', 'in', nominationIds)
    .orderBy('added_at')
    .execute();
}

export function toNomination(r: NominationRow, parts: NominationDto['parts']): NominationDto {
  return {
    id: r.id,
    programme: r.programme,
    state: r.state,
    states: JSON.parse(r.states),
    consents: JSON.parse(r.consents),
    name: JSON.parse(r.name),
    description: json(r.description),
    places: JSON.parse(r.places),
    criteria: JSON.parse(r.criteria),
    tentativeId: r.tentative_id,
    offListReason: r.off_list_reason,
    status: r.status as NominationStatus,
    missing: JSON.parse(r.missing),
    parts,
    recommendation: r.recommendation as NominationDto['recommendation'],
    decisionId: r.decision_id,
    designationId: r.designation_id,
    createdAt: r.created_at,
    submittedAt: r.submitted_at,
    demo: !!toNumber(r.demo),
  };
}

export async function insertEvaluation(d: DbOrTrx, row: CultureTables['culture_evaluation']) {
  await db(d).insertInto('culture_evaluation').values(row).execute();
}

export async function listEvaluations(d: DbOrTrx, nominationId: string) {
  return db(d)
    .selectFrom('culture_evaluation')
    .selectAll()
    .where('nomination_id', '=', nominationId)
    .orderBy('created_at')
    .execute();
}
