import type { MeetingDto, ReorderAgendaBody } from '../../../contracts/meetings';
import type { Actor } from '../../core/auth/actor';
import type { DbOrTrx } from '../../core/db/database';
import { MeetingErrors } from './meetings.errors';
import * as repo from './meetings.repository';
import { getMeeting, type MeetingsDeps } from './meetings.service';
import { dayInZone } from './meetings.time';

/**
 * Agenda editing and publication (Secretariat). Each write locks the meeting row first, so that two
 * officers editing one agenda queue up, and refuses once the agenda is published: the member states
 * prepare against the published one.
 */

async function lockDraftAgenda(trx: DbOrTrx, deps: MeetingsDeps, id: string): Promise<repo.Meeting> {
  const meeting = await repo.findMeeting(trx, id, deps.dbKind);
  if (!meeting) throw MeetingErrors.notFound({ id });
  if (meeting.agendaPublishedAt) throw MeetingErrors.agendaPublished();
  return meeting;
}

/** Removes an item; the items after it move up. @throws meetings.agenda_item_not_found, meetings.agenda_published */
export async function removeAgendaItem(
  deps: MeetingsDeps,
  actor: Actor,
  id: string,
  itemId: string,
): Promise<MeetingDto> {
  await deps.db.transaction().execute(async (trx) => {
    await lockDraftAgenda(trx, deps, id);
    const items = await repo.listAgenda(trx, id);
    const item = items.find((i) => i.id === itemId);
    if (!item) throw MeetingErrors.agendaItemNotFound({ itemId });
    await repo.deleteAgendaItem(trx, id, itemId);
    await repo.renumberAgenda(
      trx,
      id,
      items.filter((i) => i.id !== itemId).map((i) => i.id),
    );
    await repo.touchMeeting(trx, id, deps.now().toISOString());
    await deps.audit.record(trx, actor, {
      action: 'meetings.agenda_item_removed',
      targetType: 'meeting',
      targetId: id,
      actingFor: 'secretariat',
      data: { itemId, position: item.position, title: item.title.en, decisionId: item.decisionId },
    });
  });
  return getMeeting(deps, actor, id);
}

/** Puts the agenda in the order given, which must name every item once. @throws meetings.agenda_order_mismatch */
export async function reorderAgenda(
  deps: MeetingsDeps,
  actor: Actor,
  id: string,
  input: ReorderAgendaBody,
): Promise<MeetingDto> {
  await deps.db.transaction().execute(async (trx) => {
    await lockDraftAgenda(trx, deps, id);
    const before = (await repo.listAgenda(trx, id)).map((i) => i.id);
    const given = new Set(input.itemIds);
    if (
      given.size !== input.itemIds.length ||
      given.size !== before.length ||
      before.some((i) => !given.has(i))
    ) {
      throw MeetingErrors.agendaOrderMismatch();
    }
    if (before.join() === input.itemIds.join()) return;
    await repo.renumberAgenda(trx, id, input.itemIds);
    await repo.touchMeeting(trx, id, deps.now().toISOString());
    await deps.audit.record(trx, actor, {
      action: 'meetings.agenda_reordered',
      targetType: 'meeting',
      targetId: id,
      actingFor: 'secretariat',
      data: { from: before, to: input.itemIds },
    });
  });
  return getMeeting(deps, actor, id);
}

/** Publishes the agenda; it cannot change afterwards. @throws meetings.agenda_empty, meetings.agenda_published */
export async function publishAgenda(deps: MeetingsDeps, actor: Actor, id: string): Promise<MeetingDto> {
  await deps.db.transaction().execute(async (trx) => {
    const meeting = await lockDraftAgenda(trx, deps, id);
    const items = await repo.listAgenda(trx, id);
    if (items.length === 0) throw MeetingErrors.agendaEmpty();
    const now = deps.now().toISOString();
    await repo.updateMeeting(trx, {
      ...meeting,
      agendaPublishedAt: now,
      agendaPublishedBy: actor.userId,
      updatedAt: now,
    });
    await deps.audit.record(trx, actor, {
      action: 'meetings.agenda_published',
      targetType: 'meeting',
      targetId: id,
      actingFor: 'secretariat',
      data: { items: items.map((i) => ({ id: i.id, position: i.position, decisionId: i.decisionId })) },
    });
  });
  return getMeeting(deps, actor, id);
}

/**
 * Publishes the minutes, which list the linked decisions taken: from the meeting's last day on (in the
 * host's zone), once the agenda is published, and once only.
 * @throws meetings.agenda_not_published, meetings.minutes_before_end, meetings.minutes_published
 */
export async function publishMinutes(deps: MeetingsDeps, actor: Actor, id: string): Promise<MeetingDto> {
  await deps.db.transaction().execute(async (trx) => {
    const meeting = await repo.findMeeting(trx, id, deps.dbKind);
    if (!meeting) throw MeetingErrors.notFound({ id });
    if (meeting.minutesPublishedAt) throw MeetingErrors.minutesPublished();
    if (!meeting.agendaPublishedAt) throw MeetingErrors.agendaNotPublished();
    const now = deps.now();
    if (dayInZone(now, meeting.timeZone) < meeting.endDate) {
      throw MeetingErrors.minutesBeforeEnd({ endDate: meeting.endDate });
    }
    await repo.updateMeeting(trx, {
      ...meeting,
      minutesPublishedAt: now.toISOString(),
      minutesPublishedBy: actor.userId,
      updatedAt: now.toISOString(),
    });
    await deps.audit.record(trx, actor, {
      action: 'meetings.minutes_published',
      targetType: 'meeting',
      targetId: id,
      actingFor: 'secretariat',
      data: { endDate: meeting.endDate },
    });
  });
  return getMeeting(deps, actor, id);
}
