import type {
  AddAgendaItemBody,
  AgendaItemDto,
  CreateMeetingBody,
  MeetingDto,
  MeetingsQuery,
  MeetingSummaryDto,
  MinutesDto,
  PatchMeetingBody,
} from '../../../contracts/meetings';
import { seesRestrictedBusiness, type Actor } from '../../core/auth/actor';
import { isUniqueViolation, type DbOrTrx } from '../../core/db/database';
import { withTranslatedNote } from '../../core/db/translated';
import { AppError } from '../../core/errors';
import { newId } from '../../core/ids';
import type { Kernel } from '../../core/module';
import { DecisionErrors, getDecision, listMeetingDecisions } from '../decisions';
import { bodyExists, currentMemberCodes, stateExists } from '../states';
import { MeetingErrors } from './meetings.errors';
import * as repo from './meetings.repository';
import { zonedToUtc } from './meetings.time';

export type MeetingsDeps = Pick<Kernel, 'db' | 'dbKind' | 'audit' | 'now'>;
type ReadDeps = Pick<Kernel, 'db'>;

function toSummary(m: repo.Meeting): MeetingSummaryDto {
  const timed = m.startTime !== null && m.endTime !== null;
  return {
    id: m.id,
    kind: m.kind,
    level: m.level,
    body: m.body,
    title: m.title,
    hostState: m.hostState,
    city: m.city,
    timeZone: m.timeZone,
    startDate: m.startDate,
    endDate: m.endDate,
    startTime: m.startTime,
    endTime: m.endTime,
    allDay: !timed,
    startsAt: timed ? zonedToUtc(m.startDate, m.startTime!, m.timeZone).toISOString() : null,
    endsAt: timed ? zonedToUtc(m.endDate, m.endTime!, m.timeZone).toISOString() : null,
    participants: m.participants,
    visibility: m.visibility,
    source: m.source,
    demo: m.demo,
    createdAt: m.createdAt,
    updatedAt: m.updatedAt,
    agendaPublishedAt: m.agendaPublishedAt,
    minutesPublishedAt: m.minutesPublishedAt,
  };
}

async function includeRestricted(deps: ReadDeps, actor: Actor | null): Promise<boolean> {
  return seesRestrictedBusiness(actor, await currentMemberCodes(deps.db));
}

async function loadVisible(deps: ReadDeps, actor: Actor | null, id: string): Promise<repo.Meeting> {
  const m = await repo.findMeeting(deps.db, id);
  if (!m || (m.visibility !== 'public' && !(await includeRestricted(deps, actor)))) {
    throw MeetingErrors.notFound({ id });
  }
  return m;
}

export async function listMeetings(
  deps: ReadDeps,
  actor: Actor | null,
  query: MeetingsQuery,
): Promise<{ items: MeetingSummaryDto[] }> {
  const rows = await repo.listMeetings(deps.db, {
    ...query,
    includeRestricted: await includeRestricted(deps, actor),
  });
  return { items: rows.map(toSummary) };
}

/** Public meetings only: a calendar feed is fetched without credentials and shared freely. */
export async function listPublicMeetings(
  deps: ReadDeps,
  filter: { body?: string; state?: string },
): Promise<repo.Meeting[]> {
  return repo.listMeetings(deps.db, { ...filter, includeRestricted: false });
}

/** A meeting with its agenda and its minutes, which are derived from the decisions taken at it. */
export async function getMeeting(deps: ReadDeps, actor: Actor | null, id: string): Promise<MeetingDto> {
  const m = await loadVisible(deps, actor, id);
  const [items, decisions] = await Promise.all([
    repo.listAgenda(deps.db, id),
    listMeetingDecisions(deps.db, actor, id),
  ]);
  const visible = new Set(decisions.map((d) => d.id));
  const agenda: AgendaItemDto[] = [];
  for (const item of items) {
    agenda.push({
      id: item.id,
      position: item.position,
      title: item.title,
      // An item may link a decision of no meeting; it is named only to readers who may see it.
      decisionId:
        item.decisionId &&
        (visible.has(item.decisionId) || (await canSeeDecision(deps, actor, item.decisionId)))
          ? item.decisionId
          : null,
    });
  }
  const taken = decisions.filter(
    (d) => (d.status === 'adopted' || d.status === 'not_adopted') && d.outcome && d.number,
  );
  const minutes: MinutesDto = {
    decisions: taken.map((d) => ({
      id: d.id,
      body: d.body,
      number: d.number!,
      title: d.title,
      result: d.outcome!.result,
      closedAt: d.closedAt ?? d.outcome!.date,
    })),
    // The positions frozen at closing, not the live ones: the minutes record what was said then.
    statements: taken.flatMap((d) =>
      d
        .outcome!.positions.filter((p) => p.position === 'statement')
        .map((p) => ({ state: p.state, decisionId: d.id, text: p.text })),
    ),
  };
  return { ...toSummary(m), agenda, minutes };
}

async function canSeeDecision(deps: ReadDeps, actor: Actor | null, id: string): Promise<boolean> {
  try {
    await getDecision({ db: deps.db }, actor, id);
    return true;
  } catch (err) {
    if (err instanceof AppError && err.code === DecisionErrors.notFound.code) return false;
    throw err;
  }
}

/**
 * The rules a meeting must satisfy whichever way it was written (create, patch, seed).
 * @throws meetings.unknown_body, meetings.unknown_state, meetings.times_incomplete, meetings.ends_before_start
 */
export async function checkMeeting(d: DbOrTrx, m: repo.Meeting) {
  if (m.body !== null && !(await bodyExists(d, m.body))) throw MeetingErrors.unknownBody({ body: m.body });
  const states = [...new Set([m.hostState, ...m.participants])];
  const unknown: string[] = [];
  for (const s of states) if (!(await stateExists(d, s))) unknown.push(s);
  if (unknown.length) throw MeetingErrors.unknownState({ states: unknown.sort() });
  if ((m.startTime === null) !== (m.endTime === null)) throw MeetingErrors.timesIncomplete();
  // Local wall-clock strings compare in time order; the host zone is the same at both ends.
  const start = m.startTime ? `${m.startDate}T${m.startTime}` : m.startDate;
  const end = m.endTime ? `${m.endDate}T${m.endTime}` : m.endDate;
  if (m.endTime ? end <= start : end < start) throw MeetingErrors.endsBeforeStart({ start, end });
}

/** Plans a meeting (Secretariat). */
export async function createMeeting(
  deps: MeetingsDeps,
  actor: Actor,
  input: CreateMeetingBody,
): Promise<MeetingDto> {
  const now = deps.now().toISOString();
  const participants = [...new Set(input.participants ?? (await currentMemberCodes(deps.db)))].sort();
  const meeting: repo.Meeting = {
    id: newId(),
    kind: input.kind,
    level: input.level,
    body: input.body ?? null,
    title: input.title,
    hostState: input.hostState,
    city: input.city,
    timeZone: input.timeZone,
    startDate: input.startDate,
    endDate: input.endDate,
    startTime: input.startTime ?? null,
    endTime: input.endTime ?? null,
    visibility: input.visibility,
    source: input.source ? withTranslatedNote(input.source) : null,
    demo: false,
    seedKey: null,
    createdAt: now,
    createdBy: actor.userId,
    updatedAt: now,
    participants,
    ...repo.UNPUBLISHED,
  };
  await checkMeeting(deps.db, meeting);
  await deps.db.transaction().execute(async (trx) => {
    await repo.insertMeeting(trx, meeting);
    await deps.audit.record(trx, actor, {
      action: 'meetings.meeting_created',
      targetType: 'meeting',
      targetId: meeting.id,
      actingFor: 'secretariat',
      data: {
        kind: meeting.kind,
        body: meeting.body,
        hostState: meeting.hostState,
        startDate: meeting.startDate,
        endDate: meeting.endDate,
        visibility: meeting.visibility,
        participants,
      },
    });
  });
  return { ...toSummary(meeting), agenda: [], minutes: { decisions: [], statements: [] } };
}

const PATCHABLE = [
  'kind',
  'level',
  'body',
  'title',
  'hostState',
  'city',
  'timeZone',
  'startDate',
  'endDate',
  'startTime',
  'endTime',
  'participants',
  'visibility',
  'source',
] as const satisfies readonly (keyof PatchMeetingBody & keyof repo.Meeting)[];

/** Changes the given fields of a meeting (Secretariat); the audit entry keeps each old and new value. */
export async function patchMeeting(
  deps: MeetingsDeps,
  actor: Actor,
  id: string,
  patch: PatchMeetingBody,
): Promise<MeetingDto> {
  await deps.db.transaction().execute(async (trx) => {
    const before = await repo.findMeeting(trx, id, deps.dbKind);
    if (!before) throw MeetingErrors.notFound({ id });
    const after: repo.Meeting = { ...before };
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    for (const key of PATCHABLE) {
      if (patch[key] === undefined) continue;
      const value =
        key === 'participants'
          ? [...new Set(patch.participants)].sort()
          : key === 'source' && patch.source
            ? withTranslatedNote(patch.source)
            : patch[key];
      if (JSON.stringify(value) === JSON.stringify(before[key])) continue;
      changes[key] = { from: before[key], to: value };
      Object.assign(after, { [key]: value });
    }
    if (Object.keys(changes).length === 0) return;
    await checkMeeting(trx, after);
    after.updatedAt = deps.now().toISOString();
    await repo.updateMeeting(trx, after);
    if (changes.participants) await repo.replaceParticipants(trx, id, after.participants);
    await deps.audit.record(trx, actor, {
      action: 'meetings.meeting_updated',
      targetType: 'meeting',
      targetId: id,
      actingFor: 'secretariat',
      data: { changes },
    });
  });
  return getMeeting(deps, actor, id);
}

/**
 * Appends an item to the agenda (Secretariat). A linked decision must exist and must not belong to
 * another meeting, whose minutes would otherwise claim it too. A published agenda is fixed.
 * @throws meetings.agenda_published, meetings.unknown_decision, meetings.decision_of_other_meeting, meetings.decision_already_on_agenda
 */
export async function addAgendaItem(
  deps: MeetingsDeps,
  actor: Actor,
  id: string,
  input: AddAgendaItemBody,
): Promise<MeetingDto> {
  if (input.decisionId) {
    const decisionId = input.decisionId;
    const decision = await getDecision({ db: deps.db }, actor, decisionId).catch((err: unknown) => {
      if (err instanceof AppError && err.code === DecisionErrors.notFound.code) {
        throw MeetingErrors.unknownDecision({ decisionId });
      }
      throw err;
    });
    if (decision.meetingId !== null && decision.meetingId !== id) {
      throw MeetingErrors.decisionOfOtherMeeting({ decisionId, meetingId: decision.meetingId });
    }
  }
  try {
    await deps.db.transaction().execute(async (trx) => {
      const meeting = await repo.findMeeting(trx, id, deps.dbKind);
      if (!meeting) throw MeetingErrors.notFound({ id });
      if (meeting.agendaPublishedAt) throw MeetingErrors.agendaPublished();
      const now = deps.now().toISOString();
      const item: repo.AgendaItem = {
        id: newId(),
        meetingId: id,
        position: await repo.nextAgendaPosition(trx, id),
        title: input.title,
        decisionId: input.decisionId ?? null,
        createdAt: now,
        createdBy: actor.userId,
      };
      await repo.insertAgendaItem(trx, item);
      await repo.touchMeeting(trx, id, now);
      await deps.audit.record(trx, actor, {
        action: 'meetings.agenda_item_added',
        targetType: 'meeting',
        targetId: id,
        actingFor: 'secretariat',
        data: { itemId: item.id, position: item.position, decisionId: item.decisionId },
      });
    });
  } catch (err) {
    // The meeting row lock orders appends, so the one unique index left to trip is the decision's.
    if (isUniqueViolation(err) && input.decisionId) {
      throw MeetingErrors.decisionAlreadyOnAgenda({ decisionId: input.decisionId });
    }
    throw err;
  }
  return getMeeting(deps, actor, id);
}
