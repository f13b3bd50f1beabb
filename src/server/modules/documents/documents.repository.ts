import type { Localized, TranslatedText } from '../../../contracts/common';
import type {
  ActionKind,
  EntryIntoForceRule,
  Explanation,
  InstrumentKind,
  Topic,
} from '../../../contracts/documents';
import { compiledQuery } from '../../core/db/compiled';
import { tables, toNumber, type DbOrTrx } from '../../core/db/database';
import { readTranslated, writeTranslated } from '../../core/db/translated';

export interface DocumentsTables {
  documents_instrument: {
    id: string;
    kind: string;
    title: string;
    summary: string | null;
    body_code: string | null;
    meeting_id: string | null;
    decision_id: string | null;
    adopted_at: string | null;
    signed_at: string | null;
    signed_place: string | null;
    year: number | null;
    depositary: string;
    rule: string | null;
    withdrawal_notice_days: number | null;
    classification: string;
    restricted_until: string | null;
    topics: string;
    source_url: string | null;
    source_note: string | null;
    demo: number;
    status: string;
    entry_into_force: string | null;
    explanation: string;
    created_at: string;
    created_by: string | null;
  };
  documents_topic: { instrument_id: string; topic: string };
  documents_action: {
    id: string;
    instrument_id: string;
    state_code: string;
    kind: string;
    date: string;
    text: string | null;
    recorded_by: string | null;
    recorded_at: string;
    corrected_at: string | null;
    correction_reason: string | null;
  };
  documents_relation: { from_id: string; to_id: string; kind: string };
  /** A text of an instrument; its file is the core_file of the same id. */
  documents_text: { id: string; instrument_id: string; language: string; authentic: number };
  documents_notification: {
    id: string;
    instrument_id: string;
    depositary: string;
    year: number;
    seq: number;
    number: string;
    kind: string;
    state_code: string | null;
    action_id: string | null;
    date: string;
    text: string;
    created_at: string;
  };
}

export interface Instrument {
  id: string;
  kind: InstrumentKind;
  title: Localized;
  summary: Localized | null;
  body: string | null;
  meetingId: string | null;
  decisionId: string | null;
  adoptedAt: string | null;
  signedAt: string | null;
  signedPlace: TranslatedText | null;
  depositary: string;
  rule: EntryIntoForceRule | null;
  withdrawalNoticeDays: number | null;
  classification: 'public' | 'restricted';
  restrictedUntil: string | null;
  topics: Topic[];
  sourceUrl: string | null;
  sourceNote: TranslatedText | null;
  demo: boolean;
  status: 'not_in_force' | 'in_force' | 'terminated';
  entryIntoForce: string | null;
  explanation: Explanation;
  createdAt: string;
}

export interface Action {
  id: string;
  instrumentId: string;
  state: string;
  kind: ActionKind;
  date: string;
  text: string | null;
  recordedBy: string | null;
  recordedAt: string;
}

const db = (d: DbOrTrx) => tables<DocumentsTables>(d);

// The queries of an instrument's page, compiled once (core/db/compiled.ts).
const instrumentById = compiledQuery((d, id: string) =>
  db(d).selectFrom('documents_instrument').selectAll().where('id', '=', id),
);
const actionsOf = compiledQuery((d, instrumentId: string) =>
  db(d)
    .selectFrom('documents_action')
    .selectAll()
    .where('instrument_id', '=', instrumentId)
    .orderBy('date')
    .orderBy('id'),
);
const relationsOf = compiledQuery((d, id: string) =>
  db(d)
    .selectFrom('documents_relation')
    .selectAll()
    .where((eb) => eb.or([eb('from_id', '=', id), eb('to_id', '=', id)])),
);

export function toInstrument(r: DocumentsTables['documents_instrument']): Instrument {
  return {
    id: r.id,
    kind: r.kind as InstrumentKind,
    title: JSON.parse(r.title) as Localized,
    summary: r.summary ? (JSON.parse(r.summary) as Localized) : null,
    body: r.body_code,
    meetingId: r.meeting_id,
    decisionId: r.decision_id,
    adoptedAt: r.adopted_at,
    signedAt: r.signed_at,
    signedPlace: readTranslated(r.signed_place),
    depositary: r.depositary,
    rule: r.rule ? (JSON.parse(r.rule) as EntryIntoForceRule) : null,
    withdrawalNoticeDays: r.withdrawal_notice_days === null ? null : toNumber(r.withdrawal_notice_days),
    classification: r.classification as Instrument['classification'],
    restrictedUntil: r.restricted_until,
    topics: JSON.parse(r.topics) as Topic[],
    sourceUrl: r.source_url,
    sourceNote: readTranslated(r.source_note),
    demo: !!toNumber(r.demo),
    status: r.status as Instrument['status'],
    entryIntoForce: r.entry_into_force,
    explanation: JSON.parse(r.explanation) as Explanation,
    createdAt: r.created_at,
  };
}

export async function insertInstrument(d: DbOrTrx, x: Instrument, createdBy: string | null) {
  await db(d)
    .insertInto('documents_instrument')
    .values({
      id: x.id,
      kind: x.kind,
      title: JSON.stringify(x.title),
      summary: x.summary ? JSON.stringify(x.summary) : null,
      body_code: x.body,
      meeting_id: x.meetingId,
      decision_id: x.decisionId,
      adopted_at: x.adoptedAt,
      signed_at: x.signedAt,
      signed_place: writeTranslated(x.signedPlace),
      year: x.signedAt || x.adoptedAt ? Number((x.signedAt ?? x.adoptedAt)!.slice(0, 4)) : null,
      depositary: x.depositary,
      rule: x.rule ? JSON.stringify(x.rule) : null,
      withdrawal_notice_days: x.withdrawalNoticeDays,
      classification: x.classification,
      restricted_until: x.restrictedUntil,
      topics: JSON.stringify(x.topics),
      source_url: x.sourceUrl,
      source_note: writeTranslated(x.sourceNote),
      demo: x.demo ? 1 : 0,
      status: x.status,
      entry_into_force: x.entryIntoForce,
      explanation: JSON.stringify(x.explanation),
      created_at: x.createdAt,
      created_by: createdBy,
    })
    .execute();
  if (x.topics.length) {
    await db(d)
      .insertInto('documents_topic')
      .values(x.topics.map((t) => ({ instrument_id: x.id, topic: t })))
      .execute();
  }
}

export async function findInstrument(d: DbOrTrx, id: string): Promise<Instrument | undefined> {
  const [r] = await instrumentById(d, id);
  return r ? toInstrument(r) : undefined;
}

export async function findInstruments(d: DbOrTrx, ids: string[]): Promise<Instrument[]> {
  if (!ids.length) return [];
  return (await db(d).selectFrom('documents_instrument').selectAll().where('id', 'in', ids).execute()).map(
    toInstrument,
  );
}

export async function updateComputed(
  d: DbOrTrx,
  id: string,
  c: { status: string; entryIntoForce: string | null; explanation: Explanation },
) {
  await db(d)
    .updateTable('documents_instrument')
    .set({ status: c.status, entry_into_force: c.entryIntoForce, explanation: JSON.stringify(c.explanation) })
    .where('id', '=', id)
    .execute();
}

export async function listActions(d: DbOrTrx, instrumentId: string): Promise<Action[]> {
  const rows = await actionsOf(d, instrumentId);
  return rows.map((r) => ({
    id: r.id,
    instrumentId: r.instrument_id,
    state: r.state_code,
    kind: r.kind as ActionKind,
    date: r.date,
    text: r.text,
    recordedBy: r.recorded_by,
    recordedAt: r.recorded_at,
  }));
}

export async function insertAction(d: DbOrTrx, row: DocumentsTables['documents_action']) {
  await db(d).insertInto('documents_action').values(row).execute();
}

export async function correctAction(
  d: DbOrTrx,
  id: string,
  patch: { date?: string; text?: string | null; corrected_at: string; correction_reason: string },
) {
  await db(d).updateTable('documents_action').set(patch).where('id', '=', id).execute();
}

export async function insertRelations(d: DbOrTrx, rows: DocumentsTables['documents_relation'][]) {
  if (rows.length) await db(d).insertInto('documents_relation').values(rows).execute();
}

export async function listRelations(d: DbOrTrx, id: string) {
  return relationsOf(d, id);
}

/** Instruments that name `id` in their `requires`. */
export async function listDependents(d: DbOrTrx, id: string): Promise<string[]> {
  const rows = await db(d)
    .selectFrom('documents_relation')
    .select('from_id')
    .where('to_id', '=', id)
    .where('kind', '=', 'requires')
    .execute();
  return rows.map((r) => r.from_id);
}

/** States that signed or acceded: the parties who may see a restricted instrument. */
export async function listParties(d: DbOrTrx, id: string): Promise<string[]> {
  const rows = await db(d)
    .selectFrom('documents_action')
    .select('state_code')
    .distinct()
    .where('instrument_id', '=', id)
    .where('kind', 'in', ['signature', 'accession'])
    .execute();
  return rows.map((r) => r.state_code);
}

export interface ListFilter {
  kind?: string;
  body?: string;
  year?: number;
  state?: string;
  topic?: string;
  status?: string;
  before?: string;
  limit: number;
  /** null: everything (the Secretariat); otherwise public ones plus restricted ones of these parties. */
  partyStates: string[] | null;
  today: string;
  ids?: string[];
}

/** The instruments the filter and the reader's visibility let through, newest first, a page at a time. */
export async function listInstruments(d: DbOrTrx, f: ListFilter): Promise<Instrument[]> {
  let q = filtered(d, f).selectAll('i').orderBy('i.id', 'desc').limit(f.limit);
  if (f.before) q = q.where('i.id', '<', f.before);
  return (await q.execute()).map(toInstrument);
}

/** How many instruments the filter and the reader's visibility let through, on every page. */
export async function countInstruments(d: DbOrTrx, f: Omit<ListFilter, 'limit' | 'before'>): Promise<number> {
  const r = await filtered(d, f)
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** The years that have an instrument this reader may see, newest first. */
export async function listYears(d: DbOrTrx, f: Pick<ListFilter, 'partyStates' | 'today'>): Promise<number[]> {
  const rows = await filtered(d, f)
    .select('i.year')
    .distinct()
    .where('i.year', 'is not', null)
    .orderBy('i.year', 'desc')
    .execute();
  return rows.map((r) => Number(r.year));
}

function filtered(d: DbOrTrx, f: Omit<ListFilter, 'limit' | 'before'>) {
  let q = db(d).selectFrom('documents_instrument as i');
  if (f.kind) q = q.where('i.kind', '=', f.kind);
  if (f.body) q = q.where('i.body_code', '=', f.body);
  if (f.year) q = q.where('i.year', '=', f.year);
  if (f.status) q = q.where('i.status', '=', f.status);
  if (f.ids) q = q.where('i.id', 'in', f.ids.length ? f.ids : ['']);
  if (f.topic) {
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('documents_topic as t')
          .select('t.instrument_id')
          .whereRef('t.instrument_id', '=', 'i.id')
          .where('t.topic', '=', f.topic!),
      ),
    );
  }
  if (f.state) {
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('documents_action as a')
          .select('a.id')
          .whereRef('a.instrument_id', '=', 'i.id')
          .where('a.state_code', '=', f.state!),
      ),
    );
  }
  if (f.partyStates !== null) {
    const parties = f.partyStates;
    q = q.where((eb) =>
      eb.or([
        eb('i.classification', '=', 'public'),
        eb.and([eb('i.restricted_until', 'is not', null), eb('i.restricted_until', '<=', f.today)]),
        ...(parties.length
          ? [
              eb.exists(
                eb
                  .selectFrom('documents_action as p')
                  .select('p.id')
                  .whereRef('p.instrument_id', '=', 'i.id')
                  .where('p.kind', 'in', ['signature', 'accession'])
                  .where('p.state_code', 'in', parties),
              ),
            ]
          : []),
      ]),
    );
  }
  return q;
}

export async function existsWithTitle(d: DbOrTrx, title: Localized): Promise<boolean> {
  const r = await db(d)
    .selectFrom('documents_instrument')
    .select('id')
    .where('title', '=', JSON.stringify(title))
    .executeTakeFirst();
  return !!r;
}

export async function findIdByTitleEn(d: DbOrTrx, titleEn: string): Promise<string | undefined> {
  const rows = await db(d)
    .selectFrom('documents_instrument')
    .select(['id', 'title'])
    .where('demo', '=', 0)
    .execute();
  return rows.find((r) => (JSON.parse(r.title) as Localized).en === titleEn)?.id;
}
