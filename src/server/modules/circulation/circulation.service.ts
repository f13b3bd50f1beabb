import type { CirculationDto, CirculationPurpose, RecipientDto } from '../../../contracts/circulation';
import type { Localized } from '../../../contracts/common';
import type { Actor, Role } from '../../core/auth/actor';
import type { DbOrTrx, Trx } from '../../core/db/database';
import { newId } from '../../core/ids';
import type { Kernel } from '../../core/module';
import { nextNumber } from '../../core/registers';
import { zonedToUtc } from '../meetings';
import { CirculationErrors } from './circulation.errors';
import * as repo from './circulation.repository';
import { CAPITAL_ZONES } from '../../../contracts/zones';

declare module '../../core/jobs' {
  interface PlatformEvents {
    'circulation.circulated': { id: string; number: string; title: Localized; states: string[] };
    'circulation.reminder_due': {
      id: string;
      number: string;
      title: Localized;
      state: string;
      deadlineAt: string;
      /** The module whose circulation it is, so its own handlers remind its own audience. */
      ownerModule: string;
    };
  }
}

export type CirculationDeps = Pick<Kernel, 'db' | 'audit' | 'events' | 'jobs' | 'now'>;

const REMINDER_LEAD_MS = 48 * 3_600_000;

/** What another module (or the Secretariat's desk) circulates. */
export interface CirculateInput {
  subject: { kind: string; id: string; title: Localized };
  purpose: CirculationPurpose;
  states: readonly string[];
  /** Local wall-clock `YYYY-MM-DDTHH:mm`, read in each recipient's zone; required unless for information. */
  deadline?: string;
  /** The module whose routes serve the circulation; the circulation desk serves only its own. */
  ownerModule?: string;
  /** Who is a recipient state's focal point: its national coordinator unless the owner says otherwise. */
  focalRoles?: readonly Role[];
  /** The register series prefix of the number, `SG` (the Secretariat's) unless the owner keeps its own. */
  series?: string;
  demo?: boolean;
}

/** The deadline instant of each recipient: the local wall time read in the state's zone. */
export function recipientDeadlines(states: readonly string[], deadline: string | undefined) {
  const unknown = states.filter((s) => !CAPITAL_ZONES[s]);
  if (unknown.length) throw CirculationErrors.noZone({ states: unknown });
  return states.map((state) => {
    const zone = CAPITAL_ZONES[state]!;
    const at = deadline ? zonedToUtc(deadline.slice(0, 10), deadline.slice(11, 16), zone) : null;
    return { state, zone, deadlineAt: at };
  });
}

/**
 * Circulates a record to the focal points of `states`, inside the caller's transaction (a module that
 * issues a message and circulates it commits both or neither). Numbers it in the register, audits it,
 * emits `circulation.circulated` and re-plans the reminder job. A recipient whose deadline is less than
 * 48 hours away counts as reminded by the circulation itself.
 */
export async function circulate(
  deps: Pick<CirculationDeps, 'audit' | 'events' | 'jobs' | 'now'>,
  trx: Trx,
  actor: Actor | null,
  input: CirculateInput,
): Promise<{ id: string; number: string }> {
  if (input.purpose !== 'information' && !input.deadline)
    throw CirculationErrors.deadlineRequired({ purpose: input.purpose });
  const states = [...new Set(input.states)].sort();
  const now = deps.now();
  const at = now.toISOString();
  const recipients = recipientDeadlines(states, input.deadline);
  if (recipients.some((r) => r.deadlineAt && r.deadlineAt <= now))
    throw CirculationErrors.deadlinePassed({ deadline: input.deadline! });
  const year = now.getUTCFullYear();
  const series = input.series ?? 'SG';
  const number = `${series}/${year}/${await nextNumber(trx, `circulation.register:${series}`, year)}`;
  const id = newId();
  await repo.insertCirculation(
    trx,
    {
      id,
      number,
      owner_module: input.ownerModule ?? 'circulation',
      focal_roles: JSON.stringify(input.focalRoles ?? ['national_coordinator']),
      subject_kind: input.subject.kind,
      subject_id: input.subject.id,
      title: JSON.stringify(input.subject.title),
      purpose: input.purpose,
      deadline_local: input.deadline ?? null,
      demo: input.demo ? 1 : 0,
      created_at: at,
      created_by: actor?.userId ?? null,
    },
    recipients.map((r) => ({
      circulation_id: id,
      state_code: r.state,
      zone: r.zone,
      deadline_at: r.deadlineAt?.toISOString() ?? null,
      opened_at: null,
      acknowledged_at: null,
      replied_at: null,
      reminded_at: r.deadlineAt && r.deadlineAt.getTime() - REMINDER_LEAD_MS <= now.getTime() ? at : null,
    })),
  );
  await deps.audit.record(trx, actor, {
    action: 'circulation.created',
    targetType: 'circulation',
    targetId: id,
    actingFor: 'secretariat',
    data: {
      number,
      subject: input.subject.kind,
      subjectId: input.subject.id,
      purpose: input.purpose,
      states,
    },
  });
  await deps.events.emit(trx, 'circulation.circulated', { id, number, title: input.subject.title, states });
  await deps.jobs.wake(trx);
  return { id, number };
}

/** The first time a recipient's focal point opens the circulation; later openings change nothing. */
export async function recordOpened(
  deps: Pick<CirculationDeps, 'audit'>,
  trx: Trx,
  actor: Actor | null,
  id: string,
  state: string,
  at: string,
) {
  if (await repo.markOnce(trx, id, state, 'opened_at', at))
    await deps.audit.record(trx, actor, {
      action: 'circulation.opened',
      targetType: 'circulation',
      targetId: id,
      actingFor: state,
    });
}

/** A recipient acknowledges receipt (once; again is a no-op). The caller checked the actor speaks for it. */
export async function acknowledge(
  deps: Pick<CirculationDeps, 'audit' | 'now'>,
  trx: Trx,
  actor: Actor | null,
  id: string,
  state: string,
) {
  await requireRecipient(trx, id, state);
  const at = deps.now().toISOString();
  await recordOpened(deps, trx, actor, id, state, at);
  if (await repo.markOnce(trx, id, state, 'acknowledged_at', at))
    await deps.audit.record(trx, actor, {
      action: 'circulation.acknowledged',
      targetType: 'circulation',
      targetId: id,
      actingFor: state,
    });
}

/** A recipient's reply or comment; its first one sets `repliedAt`. The caller checked who speaks. */
export async function reply(
  deps: Pick<CirculationDeps, 'audit' | 'now'>,
  trx: Trx,
  actor: Actor,
  id: string,
  state: string,
  text: string,
) {
  const c = await requireRecipient(trx, id, state);
  if (c.purpose === 'information') throw CirculationErrors.noReplyAsked();
  const at = deps.now().toISOString();
  await recordOpened(deps, trx, actor, id, state, at);
  const replyId = newId();
  await repo.insertReply(trx, {
    id: replyId,
    circulation_id: id,
    state_code: state,
    text,
    at,
    by: actor.userId,
  });
  await repo.markOnce(trx, id, state, 'replied_at', at);
  await deps.audit.record(trx, actor, {
    action: 'circulation.replied',
    targetType: 'circulation',
    targetId: id,
    actingFor: state,
    data: { replyId },
  });
}

async function requireRecipient(d: DbOrTrx, id: string, state: string) {
  const c = await repo.findCirculation(d, id);
  if (!c || !(await repo.findRecipient(d, id, state))) throw CirculationErrors.notFound({ id });
  return c;
}

/** Whether a recipient has done what the circulation asks: acknowledged it, or replied to it. */
export function hasActed(
  purpose: CirculationPurpose,
  r: Pick<repo.RecipientRow, 'acknowledged_at' | 'replied_at'>,
) {
  return purpose === 'information' ? r.acknowledged_at !== null : r.replied_at !== null;
}

function summarize(c: repo.Circulation, rows: repo.RecipientRow[], now: string) {
  const awaiting = rows.filter((r) => !hasActed(c.purpose, r));
  return {
    id: c.id,
    number: c.number,
    subject: c.subject,
    purpose: c.purpose,
    deadline: c.deadline,
    createdAt: c.createdAt,
    demo: c.demo,
    awaiting: awaiting.map((r) => r.state_code),
    overdue: awaiting.filter((r) => r.deadline_at !== null && r.deadline_at < now).map((r) => r.state_code),
  };
}

/**
 * The circulation with its matrix of states × opened, acknowledged, replied. `rowsFor` null gives every
 * row (the Secretariat, or an owner module that checked its own audience); otherwise only those states'
 * rows and replies. The awaiting and overdue lists follow the same rows.
 */
export async function readCirculation(
  deps: Pick<CirculationDeps, 'db' | 'now'> & { db: DbOrTrx },
  id: string,
  rowsFor: readonly string[] | null,
): Promise<CirculationDto> {
  const c = await repo.findCirculation(deps.db, id);
  if (!c) throw CirculationErrors.notFound({ id });
  const now = deps.now().toISOString();
  const seen = (s: string) => rowsFor === null || rowsFor.includes(s);
  const rows = (await repo.listRecipients(deps.db, [id])).filter((r) => seen(r.state_code));
  const replies = (await repo.listReplies(deps.db, id)).filter((r) => seen(r.state_code));
  const states: RecipientDto[] = rows.map((r) => ({
    state: r.state_code,
    zone: r.zone,
    deadlineAt: r.deadline_at,
    openedAt: r.opened_at,
    acknowledgedAt: r.acknowledged_at,
    repliedAt: r.replied_at,
    remindedAt: r.reminded_at,
    overdue: !hasActed(c.purpose, r) && r.deadline_at !== null && r.deadline_at < now,
    replies: replies
      .filter((x) => x.state_code === r.state_code)
      .map((x) => ({
        id: x.id,
        text: x.text,
        at: x.at,
        late: r.deadline_at !== null && x.at > r.deadline_at,
      })),
  }));
  return { ...summarize(c, rows, now), states };
}

/** Summaries of an owner's circulations, each with the rows `rowsFor` gives (see `readCirculation`). */
export async function summarizeCirculations(
  deps: Pick<CirculationDeps, 'db' | 'now'>,
  circulations: repo.Circulation[],
  rowsFor: (c: repo.Circulation) => readonly string[] | null,
) {
  const now = deps.now().toISOString();
  const rows = await repo.listRecipients(
    deps.db,
    circulations.map((c) => c.id),
  );
  return circulations.map((c) => {
    const seen = rowsFor(c);
    return summarize(
      c,
      rows.filter((r) => r.circulation_id === c.id && (seen === null || seen.includes(r.state_code))),
      now,
    );
  });
}
