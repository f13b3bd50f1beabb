import type { Localized } from '../../../contracts/common';
import type { DecisionStatus, Effect, PositionKind, Procedure } from '../../../contracts/decisions';
import { compiledQuery } from '../../core/db/compiled';
import { tables, toNumber, type DbOrTrx } from '../../core/db/database';
import type { DatabaseKind } from '../../config';

export interface DecisionsTables {
  decisions_decision: {
    id: string;
    body_code: string;
    title: string;
    text: string | null;
    procedure: string;
    status: string;
    deadline: string | null;
    concerned_state: string | null;
    effect: string | null;
    meeting_id: string | null;
    visibility: string;
    demo: number;
    version: number;
    number: string | null;
    outcome: string | null;
    created_at: string;
    created_by: string | null;
    closed_at: string | null;
    reminded_at: string | null;
    open_to_partners: number;
  };
  /** Which decision a stored file (core_file, same id) is attached to. */
  decisions_attachment: { id: string; decision_id: string };
  decisions_participant: { decision_id: string; state_code: string };
  decisions_position: {
    decision_id: string;
    state_code: string;
    position: string;
    text: string | null;
    recorded_at: string;
    recorded_by: string;
  };
  decisions_text_version: {
    decision_id: string;
    version: number;
    title: string;
    text: string | null;
    note: string | null;
    changed_by: string | null;
    changed_at: string;
  };
}

export interface StoredOutcome {
  result: 'adopted' | 'not_adopted';
  date: string;
  number: string;
  blockedBy: string[];
  positions: {
    state: string;
    position: PositionKind;
    text: string | null;
    recordedAt: string;
    counts: boolean;
  }[];
  effectApplied: boolean;
  effectRefusal: string | null;
}

export interface Decision {
  id: string;
  body: string;
  title: Localized;
  text: Localized | null;
  procedure: Procedure;
  status: DecisionStatus;
  deadline: string | null;
  concernedState: string | null;
  effect: Effect | null;
  meetingId: string | null;
  visibility: 'public' | 'restricted';
  openToPartners: boolean;
  demo: boolean;
  version: number;
  number: string | null;
  outcome: StoredOutcome | null;
  createdAt: string;
  createdBy: string | null;
  closedAt: string | null;
  remindedAt: string | null;
}

export interface StoredPosition {
  state: string;
  position: PositionKind;
  text: string | null;
  recordedAt: string;
}

const db = (d: DbOrTrx) => tables<DecisionsTables>(d);

// The queries of a decision's page, compiled once (core/db/compiled.ts).
const decisionById = compiledQuery((d, id: string) =>
  db(d).selectFrom('decisions_decision').selectAll().where('id', '=', id),
);
const participantsOf = compiledQuery((d, id: string) =>
  db(d).selectFrom('decisions_participant').select('state_code').where('decision_id', '=', id),
);
const positionsOf = compiledQuery((d, id: string) =>
  db(d).selectFrom('decisions_position').selectAll().where('decision_id', '=', id).orderBy('state_code'),
);
const attachmentIdsOf = compiledQuery((d, id: string) =>
  db(d).selectFrom('decisions_attachment').select('id').where('decision_id', '=', id).orderBy('id'),
);

function parse<T>(v: string | null): T | null {
  return v === null ? null : (JSON.parse(v) as T);
}

export function toDecision(r: DecisionsTables['decisions_decision']): Decision {
  return {
    id: r.id,
    body: r.body_code,
    title: JSON.parse(r.title) as Localized,
    text: parse<Localized>(r.text),
    procedure: r.procedure as Procedure,
    status: r.status as DecisionStatus,
    deadline: r.deadline,
    concernedState: r.concerned_state,
    effect: parse<Effect>(r.effect),
    meetingId: r.meeting_id,
    visibility: r.visibility as Decision['visibility'],
    openToPartners: !!toNumber(r.open_to_partners),
    demo: !!toNumber(r.demo),
    version: toNumber(r.version),
    number: r.number,
    outcome: parse<StoredOutcome>(r.outcome),
    createdAt: r.created_at,
    createdBy: r.created_by,
    closedAt: r.closed_at,
    remindedAt: r.reminded_at,
  };
}

export async function insertDecision(d: DbOrTrx, x: Decision, participants: string[]) {
  await db(d)
    .insertInto('decisions_decision')
    .values({
      id: x.id,
      body_code: x.body,
      title: JSON.stringify(x.title),
      text: x.text ? JSON.stringify(x.text) : null,
      procedure: x.procedure,
      status: x.status,
      deadline: x.deadline,
      concerned_state: x.concernedState,
      effect: x.effect ? JSON.stringify(x.effect) : null,
      meeting_id: x.meetingId,
      visibility: x.visibility,
      open_to_partners: x.openToPartners ? 1 : 0,
      demo: x.demo ? 1 : 0,
      version: x.version,
      number: null,
      outcome: null,
      created_at: x.createdAt,
      created_by: x.createdBy,
      closed_at: null,
      reminded_at: null,
    })
    .execute();
  await db(d)
    .insertInto('decisions_participant')
    .values(participants.map((s) => ({ decision_id: x.id, state_code: s })))
    .execute();
}

/**
 * Reads a decision; `lock` takes a row lock on PostgreSQL (SQLite serialises writers anyway) so that
 * closing waits for positions being recorded and a position never lands after the close.
 */
export async function findDecision(
  d: DbOrTrx,
  id: string,
  lock: { kind: DatabaseKind; mode: 'update' | 'share' } | null = null,
): Promise<Decision | undefined> {
  if (lock?.kind !== 'postgres') {
    const [r] = await decisionById(d, id);
    return r ? toDecision(r) : undefined;
  }
  const q = db(d).selectFrom('decisions_decision').selectAll().where('id', '=', id);
  const r = await (lock.mode === 'update' ? q.forUpdate() : q.forShare()).executeTakeFirst();
  return r ? toDecision(r) : undefined;
}

export async function listParticipants(d: DbOrTrx, id: string): Promise<string[]> {
  const rows = await participantsOf(d, id);
  return rows.map((r) => r.state_code).sort();
}

export async function listPositions(d: DbOrTrx, id: string): Promise<StoredPosition[]> {
  const rows = await positionsOf(d, id);
  return rows.map((r) => ({
    state: r.state_code,
    position: r.position as PositionKind,
    text: r.text,
    recordedAt: r.recorded_at,
  }));
}

/** Participants and positions of several decisions in two queries (a meeting's agenda), by decision. */
export async function listParticipantsAndPositions(
  d: DbOrTrx,
  ids: string[],
): Promise<Map<string, { participants: string[]; positions: StoredPosition[] }>> {
  const out = new Map(
    ids.map((id) => [id, { participants: [] as string[], positions: [] as StoredPosition[] }]),
  );
  if (ids.length === 0) return out;
  const [participants, positions] = await Promise.all([
    db(d)
      .selectFrom('decisions_participant')
      .select(['decision_id', 'state_code'])
      .where('decision_id', 'in', ids)
      .orderBy('state_code')
      .execute(),
    db(d)
      .selectFrom('decisions_position')
      .selectAll()
      .where('decision_id', 'in', ids)
      .orderBy('state_code')
      .execute(),
  ]);
  for (const r of participants) out.get(r.decision_id)!.participants.push(r.state_code);
  // Sorted as listParticipants sorts them, whatever the database's collation.
  for (const v of out.values()) v.participants.sort();
  for (const r of positions) {
    out.get(r.decision_id)!.positions.push({
      state: r.state_code,
      position: r.position as PositionKind,
      text: r.text,
      recordedAt: r.recorded_at,
    });
  }
  return out;
}

export async function upsertPosition(d: DbOrTrx, row: DecisionsTables['decisions_position']) {
  await db(d)
    .insertInto('decisions_position')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['decision_id', 'state_code']).doUpdateSet({
        position: row.position,
        text: row.text,
        recorded_at: row.recorded_at,
        recorded_by: row.recorded_by,
      }),
    )
    .execute();
}

export interface ListFilter {
  status?: DecisionStatus;
  body?: string;
  procedure?: Procedure;
  state?: string;
  before?: string;
  limit: number;
  /** Restricted decisions are listed only when the reader may see them. */
  includeRestricted: boolean;
}

export async function listDecisions(d: DbOrTrx, f: ListFilter): Promise<Decision[]> {
  let q = db(d)
    .selectFrom('decisions_decision')
    .selectAll('decisions_decision')
    .orderBy('decisions_decision.id', 'desc')
    .limit(f.limit);
  if (f.status) q = q.where('status', '=', f.status);
  if (f.body) q = q.where('body_code', '=', f.body);
  if (f.procedure) q = q.where('procedure', '=', f.procedure);
  if (f.before) q = q.where('decisions_decision.id', '<', f.before);
  if (!f.includeRestricted) q = q.where('visibility', '=', 'public');
  if (f.state) {
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('decisions_participant')
          .select('decisions_participant.decision_id')
          .whereRef('decisions_participant.decision_id', '=', 'decisions_decision.id')
          .where('decisions_participant.state_code', '=', f.state!),
      ),
    );
  }
  return (await q.execute()).map(toDecision);
}

export async function listByMeeting(d: DbOrTrx, meetingId: string): Promise<Decision[]> {
  const rows = await db(d)
    .selectFrom('decisions_decision')
    .selectAll()
    .where('meeting_id', '=', meetingId)
    .orderBy('id')
    .execute();
  return rows.map(toDecision);
}

export async function updateDecision(
  d: DbOrTrx,
  id: string,
  patch: Partial<DecisionsTables['decisions_decision']>,
) {
  await db(d).updateTable('decisions_decision').set(patch).where('id', '=', id).execute();
}

export async function insertTextVersion(d: DbOrTrx, row: DecisionsTables['decisions_text_version']) {
  await db(d).insertInto('decisions_text_version').values(row).execute();
}

export async function listTextVersions(d: DbOrTrx, id: string) {
  return db(d)
    .selectFrom('decisions_text_version')
    .selectAll()
    .where('decision_id', '=', id)
    .orderBy('version')
    .execute();
}

/** Every open decision: the work still to do on drafts. */
export async function listOpen(d: DbOrTrx): Promise<Decision[]> {
  const rows = await db(d)
    .selectFrom('decisions_decision')
    .selectAll()
    .where('status', '=', 'open')
    .execute();
  return rows.map(toDecision);
}

/** Open silence procedures whose deadline has passed. */
export async function listDue(d: DbOrTrx, now: string): Promise<string[]> {
  const rows = await db(d)
    .selectFrom('decisions_decision')
    .select('id')
    .where('status', '=', 'open')
    .where('procedure', '=', 'silence')
    .where('deadline', '<=', now)
    .execute();
  return rows.map((r) => r.id);
}

/** Open silence procedures whose reminder is due (deadline within `until`) and not yet sent. */
export async function listReminderDue(d: DbOrTrx, now: string, until: string): Promise<Decision[]> {
  const rows = await db(d)
    .selectFrom('decisions_decision')
    .selectAll()
    .where('status', '=', 'open')
    .where('procedure', '=', 'silence')
    .where('deadline', '>', now)
    .where('deadline', '<=', until)
    .where('reminded_at', 'is', null)
    .execute();
  return rows.map(toDecision);
}

/** The earliest instant at which the scheduler has something to do. */
export async function nextOpenDeadline(
  d: DbOrTrx,
): Promise<{ deadline: string; remindedAt: string | null }[]> {
  return (
    await db(d)
      .selectFrom('decisions_decision')
      .select(['deadline', 'reminded_at'])
      .where('status', '=', 'open')
      .where('procedure', '=', 'silence')
      .orderBy('deadline')
      .limit(50)
      .execute()
  ).map((r) => ({ deadline: r.deadline!, remindedAt: r.reminded_at }));
}

export async function insertAttachment(d: DbOrTrx, row: DecisionsTables['decisions_attachment']) {
  await db(d).insertInto('decisions_attachment').values(row).execute();
}

export async function listAttachmentIds(d: DbOrTrx, decisionId: string): Promise<string[]> {
  return (await attachmentIdsOf(d, decisionId)).map((r) => r.id);
}

export async function findAttachment(d: DbOrTrx, decisionId: string, id: string) {
  return db(d)
    .selectFrom('decisions_attachment')
    .selectAll()
    .where('decision_id', '=', decisionId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function hasDemo(d: DbOrTrx): Promise<boolean> {
  return !!(await db(d)
    .selectFrom('decisions_decision')
    .select('id')
    .where('demo', '=', 1)
    .limit(1)
    .executeTakeFirst());
}
