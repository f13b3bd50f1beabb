import type { Localized, TranslatedText } from '../../../contracts/common';
import type { MeetingKind, MeetingLevel, MeetingVisibility } from '../../../contracts/meetings';
import type { Source } from '../../../contracts/states';
import { sql } from 'kysely';
import type { DatabaseKind } from '../../config';
import { tables, toNumber, type DbOrTrx } from '../../core/db/database';
import { withTranslatedNote } from '../../core/db/translated';

export interface MeetingsTables {
  meetings_meeting: {
    id: string;
    kind: string;
    level: string;
    body_code: string | null;
    title: string;
    host_state: string;
    city: string;
    time_zone: string;
    start_date: string;
    end_date: string;
    start_time: string | null;
    end_time: string | null;
    visibility: string;
    source: string | null;
    demo: number;
    seed_key: string | null;
    created_at: string;
    created_by: string | null;
    updated_at: string;
    agenda_published_at: string | null;
    agenda_published_by: string | null;
    minutes_published_at: string | null;
    minutes_published_by: string | null;
  };
  meetings_participant: { meeting_id: string; state_code: string };
  meetings_agenda_item: {
    id: string;
    meeting_id: string;
    position: number;
    title: string;
    decision_id: string | null;
    created_at: string;
    created_by: string | null;
  };
}

export interface Meeting {
  id: string;
  kind: MeetingKind;
  level: MeetingLevel;
  body: string | null;
  title: Localized;
  hostState: string;
  city: Localized;
  timeZone: string;
  startDate: string;
  endDate: string;
  startTime: string | null;
  endTime: string | null;
  visibility: MeetingVisibility;
  source: Source | null;
  demo: boolean;
  seedKey: string | null;
  createdAt: string;
  createdBy: string | null;
  updatedAt: string;
  participants: string[];
  /** Set once, when the Secretariat publishes the agenda; the agenda is fixed from then on. */
  agendaPublishedAt: string | null;
  agendaPublishedBy: string | null;
  minutesPublishedAt: string | null;
  minutesPublishedBy: string | null;
}

/** A meeting as first written: nothing published yet. */
export const UNPUBLISHED = {
  agendaPublishedAt: null,
  agendaPublishedBy: null,
  minutesPublishedAt: null,
  minutesPublishedBy: null,
} as const;

export interface AgendaItem {
  id: string;
  meetingId: string;
  position: number;
  title: Localized;
  decisionId: string | null;
  createdAt: string;
  createdBy: string | null;
}

type MeetingRow = MeetingsTables['meetings_meeting'];

const db = (d: DbOrTrx) => tables<MeetingsTables>(d);

/** The stored source keeps its note as { en, ru, zh } (ADR 0079). */
function readSource(stored: string): Source {
  return withTranslatedNote(JSON.parse(stored) as Omit<Source, 'note'> & { note: TranslatedText | null });
}

function writeSource({ noteLocalized, ...source }: Source): string {
  return JSON.stringify({ ...source, note: noteLocalized });
}

function toMeeting(r: MeetingRow, participants: string[]): Meeting {
  return {
    id: r.id,
    kind: r.kind as MeetingKind,
    level: r.level as MeetingLevel,
    body: r.body_code,
    title: JSON.parse(r.title) as Localized,
    hostState: r.host_state,
    city: JSON.parse(r.city) as Localized,
    timeZone: r.time_zone,
    startDate: r.start_date,
    endDate: r.end_date,
    startTime: r.start_time,
    endTime: r.end_time,
    visibility: r.visibility as MeetingVisibility,
    source: r.source === null ? null : readSource(r.source),
    demo: !!toNumber(r.demo),
    seedKey: r.seed_key,
    createdAt: r.created_at,
    createdBy: r.created_by,
    updatedAt: r.updated_at,
    participants,
    agendaPublishedAt: r.agenda_published_at,
    agendaPublishedBy: r.agenda_published_by,
    minutesPublishedAt: r.minutes_published_at,
    minutesPublishedBy: r.minutes_published_by,
  };
}

function toRow(m: Meeting): MeetingRow {
  return {
    id: m.id,
    kind: m.kind,
    level: m.level,
    body_code: m.body,
    title: JSON.stringify(m.title),
    host_state: m.hostState,
    city: JSON.stringify(m.city),
    time_zone: m.timeZone,
    start_date: m.startDate,
    end_date: m.endDate,
    start_time: m.startTime,
    end_time: m.endTime,
    visibility: m.visibility,
    source: m.source === null ? null : writeSource(m.source),
    demo: m.demo ? 1 : 0,
    seed_key: m.seedKey,
    created_at: m.createdAt,
    created_by: m.createdBy,
    updated_at: m.updatedAt,
    agenda_published_at: m.agendaPublishedAt,
    agenda_published_by: m.agendaPublishedBy,
    minutes_published_at: m.minutesPublishedAt,
    minutes_published_by: m.minutesPublishedBy,
  };
}

async function participantsOf(d: DbOrTrx, ids: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return out;
  const rows = await db(d)
    .selectFrom('meetings_participant')
    .selectAll()
    .where('meeting_id', 'in', ids)
    .orderBy('state_code')
    .execute();
  for (const r of rows) out.get(r.meeting_id)?.push(r.state_code);
  return out;
}

export async function insertMeeting(d: DbOrTrx, m: Meeting) {
  await db(d).insertInto('meetings_meeting').values(toRow(m)).execute();
  await replaceParticipants(d, m.id, m.participants);
}

/** Inserts a seeded meeting unless its seed key is taken (another instance may be seeding at once). */
export async function insertSeedMeeting(d: DbOrTrx, m: Meeting): Promise<boolean> {
  const r = await db(d)
    .insertInto('meetings_meeting')
    .values(toRow(m))
    .onConflict((oc) => oc.column('seed_key').doNothing())
    .executeTakeFirst();
  if (Number(r.numInsertedOrUpdatedRows ?? 0) === 0) return false;
  await replaceParticipants(d, m.id, m.participants);
  return true;
}

export async function updateMeeting(d: DbOrTrx, m: Meeting) {
  const { id: _id, created_at: _c, created_by: _b, seed_key: _k, ...row } = toRow(m);
  await db(d).updateTable('meetings_meeting').set(row).where('id', '=', m.id).execute();
}

export async function replaceParticipants(d: DbOrTrx, id: string, participants: string[]) {
  await db(d).deleteFrom('meetings_participant').where('meeting_id', '=', id).execute();
  if (participants.length === 0) return;
  await db(d)
    .insertInto('meetings_participant')
    .values(participants.map((s) => ({ meeting_id: id, state_code: s })))
    .execute();
}

/**
 * Reads a meeting; `lock` takes a row lock on PostgreSQL (SQLite serialises writers anyway) so that
 * concurrent edits and agenda appends to one meeting queue up instead of overwriting each other.
 */
export async function findMeeting(
  d: DbOrTrx,
  id: string,
  lock: DatabaseKind | null = null,
): Promise<Meeting | undefined> {
  let q = db(d).selectFrom('meetings_meeting').selectAll().where('id', '=', id);
  if (lock === 'postgres') q = q.forUpdate();
  const r = await q.executeTakeFirst();
  if (!r) return undefined;
  return toMeeting(r, (await participantsOf(d, [id])).get(id) ?? []);
}

export interface ListFilter {
  from?: string;
  to?: string;
  body?: string;
  level?: MeetingLevel;
  kind?: MeetingKind;
  state?: string;
  /** Restricted meetings are listed only when the reader may see them. */
  includeRestricted: boolean;
}

export async function listMeetings(d: DbOrTrx, f: ListFilter): Promise<Meeting[]> {
  let q = db(d)
    .selectFrom('meetings_meeting')
    .selectAll('meetings_meeting')
    .orderBy('start_date')
    // All-day first on a shared day; coalesce because the engines sort NULL at opposite ends.
    .orderBy(sql`coalesce(start_time, '')`)
    .orderBy('id');
  // Overlap, not containment: a meeting running across `from` is still on the calendar that day.
  if (f.from) q = q.where('end_date', '>=', f.from);
  if (f.to) q = q.where('start_date', '<=', f.to);
  if (f.body) q = q.where('body_code', '=', f.body);
  if (f.level) q = q.where('level', '=', f.level);
  if (f.kind) q = q.where('kind', '=', f.kind);
  if (!f.includeRestricted) q = q.where('visibility', '=', 'public');
  if (f.state) {
    const state = f.state;
    q = q.where((eb) =>
      eb.or([
        eb('host_state', '=', state),
        eb.exists(
          eb
            .selectFrom('meetings_participant')
            .select('meetings_participant.meeting_id')
            .whereRef('meetings_participant.meeting_id', '=', 'meetings_meeting.id')
            .where('meetings_participant.state_code', '=', state),
        ),
      ]),
    );
  }
  const rows = await q.execute();
  const participants = await participantsOf(
    d,
    rows.map((r) => r.id),
  );
  return rows.map((r) => toMeeting(r, participants.get(r.id) ?? []));
}

export async function listSeedSources(d: DbOrTrx): Promise<Map<string, Source>> {
  const rows = await db(d)
    .selectFrom('meetings_meeting')
    .select(['seed_key', 'source'])
    .where('seed_key', 'is not', null)
    .where('source', 'is not', null)
    .execute();
  return new Map(rows.map((r) => [r.seed_key!, readSource(r.source!)]));
}

export async function setSeedSource(d: DbOrTrx, seedKey: string, source: Source) {
  await db(d)
    .updateTable('meetings_meeting')
    .set({ source: writeSource(source) })
    .where('seed_key', '=', seedKey)
    .execute();
}

export async function listSeedKeys(d: DbOrTrx): Promise<Set<string>> {
  const rows = await db(d)
    .selectFrom('meetings_meeting')
    .select('seed_key')
    .where('seed_key', 'is not', null)
    .execute();
  return new Set(rows.map((r) => r.seed_key!));
}

export async function listAgenda(d: DbOrTrx, meetingId: string): Promise<AgendaItem[]> {
  const rows = await db(d)
    .selectFrom('meetings_agenda_item')
    .selectAll()
    .where('meeting_id', '=', meetingId)
    .orderBy('position')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    meetingId: r.meeting_id,
    position: toNumber(r.position),
    title: JSON.parse(r.title) as Localized,
    decisionId: r.decision_id,
    createdAt: r.created_at,
    createdBy: r.created_by,
  }));
}

export async function nextAgendaPosition(d: DbOrTrx, meetingId: string): Promise<number> {
  const r = await db(d)
    .selectFrom('meetings_agenda_item')
    .select((eb) => eb.fn.max('position').as('last'))
    .where('meeting_id', '=', meetingId)
    .executeTakeFirst();
  return toNumber(r?.last ?? 0) + 1;
}

export async function insertAgendaItem(d: DbOrTrx, item: AgendaItem) {
  await db(d)
    .insertInto('meetings_agenda_item')
    .values({
      id: item.id,
      meeting_id: item.meetingId,
      position: item.position,
      title: JSON.stringify(item.title),
      decision_id: item.decisionId,
      created_at: item.createdAt,
      created_by: item.createdBy,
    })
    .execute();
}

export async function touchMeeting(d: DbOrTrx, id: string, at: string) {
  await db(d).updateTable('meetings_meeting').set({ updated_at: at }).where('id', '=', id).execute();
}

export async function deleteAgendaItem(d: DbOrTrx, meetingId: string, itemId: string) {
  await db(d)
    .deleteFrom('meetings_agenda_item')
    .where('meeting_id', '=', meetingId)
    .where('id', '=', itemId)
    .execute();
}

/**
 * Numbers the agenda 1..n in the order given. Positions are unique per meeting, so every item first
 * moves out of the way (negative), then to its place: no intermediate state collides.
 */
export async function renumberAgenda(d: DbOrTrx, meetingId: string, itemIds: string[]) {
  for (const [i, id] of itemIds.entries()) {
    await db(d)
      .updateTable('meetings_agenda_item')
      .set({ position: -(i + 1) })
      .where('meeting_id', '=', meetingId)
      .where('id', '=', id)
      .execute();
  }
  await db(d)
    .updateTable('meetings_agenda_item')
    .set({ position: sql<number>`-position` })
    .where('meeting_id', '=', meetingId)
    .where('position', '<', 0)
    .execute();
}
