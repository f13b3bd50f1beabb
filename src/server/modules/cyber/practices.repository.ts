import type { ContentLanguage } from '../../../contracts/common';
import type { AdoptionStatus, TranslationKind } from '../../../contracts/cyberPractices';
import { tables, toNumber, type DbOrTrx } from '../../core/db/database';

export interface PracticeTables {
  cyber_practice: {
    id: string;
    coa_id: string;
    report_id: string;
    proposer_state: string;
    proposed_by: string;
    tlp: number;
    content: string;
    tags: string;
    plan_items: string;
    demo: number;
    version: number;
    proposed_at: string;
    updated_at: string;
  };
  cyber_practice_adoption: {
    practice_id: string;
    state_code: string;
    status: string;
    adopted_on: string;
    outcome: string;
    note_id: string;
    first_recorded_at: string;
    recorded_by: string;
    recorded_at: string;
  };
}

export interface PracticeText {
  title: string;
  summary: string;
  body: string;
  translation: TranslationKind;
}
export type PracticeContent = Partial<Record<ContentLanguage, PracticeText>>;
export type OutcomeContent = Partial<Record<ContentLanguage, { text: string; translation: TranslationKind }>>;

export interface Practice {
  id: string;
  coaId: string;
  reportId: string;
  proposerState: string;
  proposedBy: string;
  tlp: number;
  content: PracticeContent;
  tags: string[];
  planItems: { planId: string; itemId: string }[];
  demo: boolean;
  version: number;
  proposedAt: string;
  updatedAt: string;
}

export interface Adoption {
  practiceId: string;
  state: string;
  status: AdoptionStatus;
  date: string;
  outcome: OutcomeContent;
  noteId: string;
  firstRecordedAt: string;
  recordedBy: string;
  recordedAt: string;
}

const t = (db: DbOrTrx) => tables<PracticeTables>(db);

function toPractice(r: PracticeTables['cyber_practice']): Practice {
  return {
    id: r.id,
    coaId: r.coa_id,
    reportId: r.report_id,
    proposerState: r.proposer_state,
    proposedBy: r.proposed_by,
    tlp: toNumber(r.tlp),
    content: JSON.parse(r.content) as PracticeContent,
    tags: JSON.parse(r.tags) as string[],
    planItems: JSON.parse(r.plan_items) as Practice['planItems'],
    demo: !!Number(r.demo),
    version: toNumber(r.version),
    proposedAt: r.proposed_at,
    updatedAt: r.updated_at,
  };
}

function toRow(p: Practice): PracticeTables['cyber_practice'] {
  return {
    id: p.id,
    coa_id: p.coaId,
    report_id: p.reportId,
    proposer_state: p.proposerState,
    proposed_by: p.proposedBy,
    tlp: p.tlp,
    content: JSON.stringify(p.content),
    tags: JSON.stringify(p.tags),
    plan_items: JSON.stringify(p.planItems),
    demo: p.demo ? 1 : 0,
    version: p.version,
    proposed_at: p.proposedAt,
    updated_at: p.updatedAt,
  };
}

/**
 * The practices whose marking the reader may receive (`maxRank` from the best-practices collection's
 * clearance), so that lists, counts and search never see the others. Newest first.
 */
export async function listVisiblePractices(
  db: DbOrTrx,
  maxRank: number,
  filters: { state?: string | undefined; tlp?: number | undefined },
): Promise<Practice[]> {
  let q = t(db).selectFrom('cyber_practice').selectAll().where('tlp', '<=', maxRank);
  if (filters.state) q = q.where('proposer_state', '=', filters.state);
  if (filters.tlp !== undefined) q = q.where('tlp', '=', filters.tlp);
  const rows = await q.orderBy('proposed_at', 'desc').orderBy('id', 'desc').execute();
  return rows.map(toPractice);
}

export async function findVisiblePractice(
  db: DbOrTrx,
  id: string,
  maxRank: number,
): Promise<Practice | undefined> {
  const r = await t(db)
    .selectFrom('cyber_practice')
    .selectAll()
    .where('id', '=', id)
    .where('tlp', '<=', maxRank)
    .executeTakeFirst();
  return r && toPractice(r);
}

export async function insertPractice(db: DbOrTrx, p: Practice) {
  await t(db).insertInto('cyber_practice').values(toRow(p)).execute();
}

/** Replaces the texts, tags and links if the stored version is still `p.version - 1` (else false). */
export async function updatePractice(db: DbOrTrx, p: Practice): Promise<boolean> {
  const r = await t(db)
    .updateTable('cyber_practice')
    .set({
      content: JSON.stringify(p.content),
      tags: JSON.stringify(p.tags),
      plan_items: JSON.stringify(p.planItems),
      version: p.version,
      updated_at: p.updatedAt,
    })
    .where('id', '=', p.id)
    .where('version', '=', p.version - 1)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

function toAdoption(r: PracticeTables['cyber_practice_adoption']): Adoption {
  return {
    practiceId: r.practice_id,
    state: r.state_code,
    status: r.status as AdoptionStatus,
    date: r.adopted_on,
    outcome: JSON.parse(r.outcome) as OutcomeContent,
    noteId: r.note_id,
    firstRecordedAt: r.first_recorded_at,
    recordedBy: r.recorded_by,
    recordedAt: r.recorded_at,
  };
}

export async function listAdoptions(db: DbOrTrx, practiceIds: string[]): Promise<Adoption[]> {
  const out: Adoption[] = [];
  for (let i = 0; i < practiceIds.length; i += 500) {
    const rows = await t(db)
      .selectFrom('cyber_practice_adoption')
      .selectAll()
      .where('practice_id', 'in', practiceIds.slice(i, i + 500))
      .orderBy('state_code')
      .execute();
    out.push(...rows.map(toAdoption));
  }
  return out;
}

export async function upsertAdoption(db: DbOrTrx, a: Adoption) {
  const row = {
    practice_id: a.practiceId,
    state_code: a.state,
    status: a.status,
    adopted_on: a.date,
    outcome: JSON.stringify(a.outcome),
    note_id: a.noteId,
    first_recorded_at: a.firstRecordedAt,
    recorded_by: a.recordedBy,
    recorded_at: a.recordedAt,
  };
  await t(db)
    .insertInto('cyber_practice_adoption')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['practice_id', 'state_code']).doUpdateSet({
        status: row.status,
        adopted_on: row.adopted_on,
        outcome: row.outcome,
        recorded_by: row.recorded_by,
        recorded_at: row.recorded_at,
      }),
    )
    .execute();
}

export async function hasDemoPractices(db: DbOrTrx): Promise<boolean> {
  return !!(await t(db).selectFrom('cyber_practice').select('id').where('demo', '=', 1).executeTakeFirst());
}
