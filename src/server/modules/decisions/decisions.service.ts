import type { Localized } from '../../../contracts/common';
import type {
  CreateDecisionInput,
  DecisionDto,
  DecisionStatus,
  DecisionSummaryDto,
  PositionDto,
  RecordPositionBody,
} from '../../../contracts/decisions';
import {
  AuthErrors,
  isSecretariat,
  requireStateMandate,
  seesRestrictedBusiness,
  type Actor,
} from '../../core/auth/actor';
import type { Db } from '../../core/db/database';
import {
  checkFile,
  defineFileUse,
  describeFiles,
  findFile,
  OFFICE_KINDS,
  storeFile,
  type FileInput,
} from '../../core/files';
import { newId } from '../../core/ids';
import type { Kernel } from '../../core/module';
import { nextNumber } from '../../core/registers';
import {
  applyStatusChange,
  bodyExists,
  checkStateStatusChange,
  currentMemberCodes,
  currentPartnerCodes,
  statesCache,
} from '../states';
import { DecisionErrors } from './decisions.errors';
import { canRead, type Family } from './decisions.policy';
import * as repo from './decisions.repository';
import { countsTowardOutcome, evaluate } from './procedure.rules';

declare module '../../core/jobs' {
  interface PlatformEvents {
    'decisions.decision_created': { id: string; title: Localized; participants: string[]; demo: boolean };
    'decisions.decision_closed': {
      id: string;
      title: Localized;
      participants: string[];
      result: 'adopted' | 'not_adopted';
      number: string;
    };
    'decisions.deadline_near': { id: string; title: Localized; deadline: string; pending: string[] };
  }
}

export type DecisionsDeps = Pick<Kernel, 'db' | 'dbKind' | 'audit' | 'events' | 'jobs' | 'signals' | 'now'>;

export const AUTHENTIC_LANGUAGES = ['ru', 'zh'] as const;

function summary(d: repo.Decision): DecisionSummaryDto {
  return {
    id: d.id,
    body: d.body,
    title: d.title,
    procedure: d.procedure,
    status: d.status,
    deadline: d.deadline,
    number: d.number,
    createdAt: d.createdAt,
    closedAt: d.closedAt,
    meetingId: d.meetingId,
    visibility: d.visibility,
    openToPartners: d.openToPartners,
    demo: d.demo,
  };
}

function positionDtos(
  d: repo.Decision,
  participants: string[],
  positions: repo.StoredPosition[],
): PositionDto[] {
  const c = { procedure: d.procedure, concernedState: d.concernedState, participants };
  return positions.map((p) => ({ ...p, counts: countsTowardOutcome(c, p.state) }));
}

function toDto(
  d: repo.Decision,
  participants: string[],
  positions: repo.StoredPosition[],
  attachments: DecisionDto['attachments'],
): DecisionDto {
  const stated = new Set(positions.map((p) => p.state));
  return {
    ...summary(d),
    text: d.text,
    authenticLanguages: [...AUTHENTIC_LANGUAGES],
    concernedState: d.concernedState,
    participants,
    positions: positionDtos(d, participants, positions),
    pending: participants.filter((s) => !stated.has(s)),
    effect: d.effect,
    outcome: d.outcome
      ? {
          result: d.outcome.result,
          date: d.outcome.date,
          number: d.outcome.number,
          blockedBy: d.outcome.blockedBy,
          positions: d.outcome.positions,
          effectApplied: d.outcome.effectApplied,
        }
      : null,
    version: d.version,
    attachments,
  };
}

export async function loadVisible(
  deps: Pick<DecisionsDeps, 'db'>,
  actor: Actor | null,
  id: string,
): Promise<repo.Decision> {
  const d = await repo.findDecision(deps.db, id);
  if (!d || !canRead(actor, d, await family(deps.db))) throw DecisionErrors.notFound({ id });
  return d;
}

export async function family(db: Db): Promise<Family> {
  const [members, partners] = await Promise.all([currentMemberCodes(db), currentPartnerCodes(db)]);
  return { members, partners };
}

/** Office documents attached to drafts. */
export const attachmentUse = defineFileUse({
  name: 'decisions.attachment',
  module: 'decisions',
  accepts: OFFICE_KINDS,
  maxBytes: 20 * 1024 * 1024,
});

async function attachmentDtos(db: Db, id: string): Promise<DecisionDto['attachments']> {
  const files = await describeFiles(db, await repo.listAttachmentIds(db, id));
  return files.map((f) => ({
    id: f.id,
    filename: f.filename,
    mediaType: f.mediaType,
    size: f.size,
    sha256: f.sha256,
    uploadedBy: f.uploadedBy ?? '',
    uploadedAt: f.uploadedAt,
  }));
}

export async function getDecision(
  deps: Pick<DecisionsDeps, 'db'>,
  actor: Actor | null,
  id: string,
): Promise<DecisionDto> {
  const d = await loadVisible(deps, actor, id);
  const [participants, positions, attachments] = await Promise.all([
    repo.listParticipants(deps.db, id),
    repo.listPositions(deps.db, id),
    attachmentDtos(deps.db, id),
  ]);
  return toDto(d, participants, positions, attachments);
}

export async function listDecisions(
  deps: Pick<DecisionsDeps, 'db'>,
  actor: Actor | null,
  filter: Omit<repo.ListFilter, 'includeRestricted'>,
): Promise<{ items: DecisionSummaryDto[]; next: string | null }> {
  const includeRestricted = seesRestrictedBusiness(actor, await currentMemberCodes(deps.db));
  const rows = await repo.listDecisions(deps.db, { ...filter, includeRestricted });
  return { items: rows.map(summary), next: rows.length === filter.limit ? rows.at(-1)!.id : null };
}

/** Decisions linked to a meeting, for its agenda and minutes (other modules call this through index.ts). */
export async function listMeetingDecisions(
  db: Db,
  actor: Actor | null,
  meetingId: string,
): Promise<DecisionDto[]> {
  const f = await family(db);
  const visible = (await repo.listByMeeting(db, meetingId)).filter((d) => canRead(actor, d, f));
  const related = await repo.listParticipantsAndPositions(
    db,
    visible.map((d) => d.id),
  );
  const out: DecisionDto[] = [];
  for (const d of visible) {
    const { participants, positions } = related.get(d.id)!;
    out.push(toDto(d, participants, positions, await attachmentDtos(db, d.id)));
  }
  return out;
}

/** Drafts a decision. @throws decisions.unknown_body, decisions.deadline_*, decisions.effect_refused … */
export async function createDecision(
  deps: DecisionsDeps,
  actor: Actor,
  input: CreateDecisionInput,
  opts: { demo?: boolean } = {},
): Promise<DecisionDto> {
  const now = deps.now();
  if (!(await bodyExists(deps.db, input.body))) throw DecisionErrors.unknownBody({ body: input.body });
  if (input.procedure === 'silence' && !input.deadline) throw DecisionErrors.deadlineRequired();
  if (input.deadline && Date.parse(input.deadline) <= now.getTime()) {
    throw DecisionErrors.deadlineInPast({ deadline: input.deadline });
  }
  const members = await currentMemberCodes(deps.db);
  const participants = [...new Set(input.participants ?? members)].sort();
  const outsiders = participants.filter((s) => !members.includes(s));
  if (outsiders.length) throw DecisionErrors.participantNotMember({ states: outsiders });
  if (input.procedure === 'consensus_minus_one') {
    if (!input.concernedState) throw DecisionErrors.concernedStateRequired();
    if (!participants.includes(input.concernedState)) {
      throw DecisionErrors.concernedStateNotParticipant({ state: input.concernedState });
    }
  }
  const concernedState =
    input.procedure === 'consensus_minus_one' ? input.concernedState! : (input.concernedState ?? null);
  if (input.effect) {
    const check = await checkStateStatusChange(deps.db, {
      ...input.effect,
      procedure: input.procedure,
      concernedState,
    });
    if (!check.ok) throw DecisionErrors.effectRefused({ reason: check.reason });
  }
  const decision: repo.Decision = {
    id: newId(),
    body: input.body,
    title: input.title,
    text: input.text ?? null,
    procedure: input.procedure,
    status: 'open',
    deadline: input.deadline ? new Date(input.deadline).toISOString() : null,
    concernedState,
    effect: input.effect ?? null,
    meetingId: input.meetingId ?? null,
    visibility: input.visibility ?? 'restricted',
    openToPartners: input.openToPartners ?? false,
    demo: opts.demo ?? false,
    version: 1,
    number: null,
    outcome: null,
    createdAt: now.toISOString(),
    createdBy: actor.userId,
    closedAt: null,
    remindedAt: null,
  };
  await deps.db.transaction().execute(async (trx) => {
    await repo.insertDecision(trx, decision, participants);
    await repo.insertTextVersion(trx, {
      decision_id: decision.id,
      version: 1,
      title: JSON.stringify(decision.title),
      text: decision.text ? JSON.stringify(decision.text) : null,
      note: null,
      changed_by: actor.userId,
      changed_at: decision.createdAt,
    });
    await deps.audit.record(trx, actor, {
      action: 'decisions.decision_created',
      targetType: 'decision',
      targetId: decision.id,
      actingFor: 'secretariat',
      data: { body: decision.body, procedure: decision.procedure, deadline: decision.deadline, participants },
    });
    await deps.events.emit(trx, 'decisions.decision_created', {
      id: decision.id,
      title: decision.title,
      participants,
      demo: decision.demo,
    });
    if (decision.deadline) await deps.jobs.wake(trx);
  });
  return toDto(decision, participants, [], []);
}

/** Records (or changes) a participating member state's position while the decision is open. */
export async function recordPosition(
  deps: DecisionsDeps,
  actor: Actor | null,
  id: string,
  input: RecordPositionBody,
) {
  if (!actor) throw AuthErrors.unauthenticated();
  await loadVisible(deps, actor, id);
  const state = requireStateMandate(actor, input.state, ['national_coordinator', 'delegate']);
  const now = deps.now().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    const d = await repo.findDecision(trx, id, { kind: deps.dbKind, mode: 'share' });
    if (!d) throw DecisionErrors.notFound({ id });
    if (d.status !== 'open') throw DecisionErrors.notOpen({ id, status: d.status });
    if (d.procedure === 'silence' && d.deadline && d.deadline <= now)
      throw DecisionErrors.deadlinePassed({ deadline: d.deadline });
    if (!(await repo.listParticipants(trx, id)).includes(state))
      throw DecisionErrors.notParticipant({ state });
    await repo.upsertPosition(trx, {
      decision_id: id,
      state_code: state,
      position: input.position,
      text: input.text ?? null,
      recorded_at: now,
      recorded_by: actor.userId,
    });
    await deps.audit.record(trx, actor, {
      action: 'decisions.position_recorded',
      targetType: 'decision',
      targetId: id,
      actingFor: state,
      data: { position: input.position, text: input.text ?? null },
    });
  });
  return getDecision(deps, actor, id);
}

/** Moves a written procedure's deadline later, before it passes (Secretariat). */
export async function extendDeadline(deps: DecisionsDeps, actor: Actor, id: string, deadline: string) {
  const now = deps.now().toISOString();
  const iso = new Date(deadline).toISOString();
  await deps.db.transaction().execute(async (trx) => {
    const d = await repo.findDecision(trx, id, { kind: deps.dbKind, mode: 'update' });
    if (!d) throw DecisionErrors.notFound({ id });
    if (d.status !== 'open') throw DecisionErrors.notOpen({ id, status: d.status });
    if (d.procedure !== 'silence' || !d.deadline) throw DecisionErrors.notSilence();
    if (d.deadline <= now) throw DecisionErrors.deadlinePassed({ deadline: d.deadline });
    if (iso <= d.deadline) throw DecisionErrors.deadlineNotLater({ deadline });
    await repo.updateDecision(trx, id, { deadline: iso, reminded_at: null });
    await deps.audit.record(trx, actor, {
      action: 'decisions.deadline_extended',
      targetType: 'decision',
      targetId: id,
      actingFor: 'secretariat',
      data: { from: d.deadline, to: iso },
    });
    await deps.jobs.wake(trx);
  });
  return getDecision(deps, actor, id);
}

/**
 * Closes a decision: evaluates the positions as they stand, numbers it in the body's register, applies
 * its effect if adopted, all in one transaction. A written procedure closes at its deadline (by the
 * scheduler, `by: 'scheduler'`); the Secretariat closes the others on the chair's behalf.
 * Returns false when the decision was already closed (the scheduler's race with another instance).
 */
export async function closeDecision(
  deps: DecisionsDeps,
  actor: Actor | null,
  id: string,
  by: 'secretariat' | 'scheduler',
): Promise<boolean> {
  const now = deps.now();
  // Assigned inside the transaction; the cast stops TypeScript narrowing it to null for good.
  let event = null as {
    title: Localized;
    participants: string[];
    result: 'adopted' | 'not_adopted';
    number: string;
  } | null;
  await deps.db.transaction().execute(async (trx) => {
    const d = await repo.findDecision(trx, id, { kind: deps.dbKind, mode: 'update' });
    if (!d) throw DecisionErrors.notFound({ id });
    if (d.status !== 'open') {
      if (by === 'scheduler') return;
      throw DecisionErrors.notOpen({ id, status: d.status });
    }
    if (d.procedure === 'silence' && d.deadline && d.deadline > now.toISOString()) {
      throw DecisionErrors.silenceRunsToDeadline({ deadline: d.deadline });
    }
    const closedAt = d.procedure === 'silence' && d.deadline ? d.deadline : now.toISOString();
    const participants = await repo.listParticipants(trx, id);
    const positions = await repo.listPositions(trx, id);
    const { result, blockedBy } = evaluate({
      procedure: d.procedure,
      participants,
      concernedState: d.concernedState,
      positions,
    });
    const year = Number(closedAt.slice(0, 4));
    const number = `${d.body}/${year}/${await nextNumber(trx, `decisions.register:${d.body}`, year)}`;
    let effectApplied = false;
    let effectRefusal: string | null = null;
    if (result === 'adopted' && d.effect) {
      const applied = await applyStatusChange(trx, deps, actor, {
        change: { ...d.effect, procedure: d.procedure, concernedState: d.concernedState },
        date: closedAt.slice(0, 10),
        decisionId: id,
        decisionNumber: number,
      });
      effectApplied = applied.ok;
      effectRefusal = applied.ok ? null : applied.reason;
    }
    const outcome: repo.StoredOutcome = {
      result,
      date: closedAt,
      number,
      blockedBy,
      positions: positionDtos(d, participants, positions),
      effectApplied,
      effectRefusal,
    };
    await repo.updateDecision(trx, id, {
      status: result,
      number,
      closed_at: closedAt,
      outcome: JSON.stringify(outcome),
    });
    await deps.audit.record(trx, actor, {
      action: 'decisions.decision_closed',
      targetType: 'decision',
      targetId: id,
      actingFor: 'secretariat',
      data: { result, number, blockedBy, by, effectApplied, effectRefusal },
    });
    event = { title: d.title, participants, result, number };
    await deps.events.emit(trx, 'decisions.decision_closed', { id, ...event });
  });
  if (!event) return false;
  statesCache(deps.db).clear();
  return true;
}

export async function withdrawDecision(deps: DecisionsDeps, actor: Actor, id: string) {
  await deps.db.transaction().execute(async (trx) => {
    const d = await repo.findDecision(trx, id, { kind: deps.dbKind, mode: 'update' });
    if (!d) throw DecisionErrors.notFound({ id });
    if (d.status !== 'open') throw DecisionErrors.notOpen({ id, status: d.status });
    await repo.updateDecision(trx, id, {
      status: 'withdrawn' satisfies DecisionStatus,
      closed_at: deps.now().toISOString(),
    });
    await deps.audit.record(trx, actor, {
      action: 'decisions.decision_withdrawn',
      targetType: 'decision',
      targetId: id,
      actingFor: 'secretariat',
    });
  });
  return getDecision(deps, actor, id);
}

/** A new version of the draft text, kept with who changed it (Secretariat, while open). */
export async function reviseText(
  deps: DecisionsDeps,
  actor: Actor,
  id: string,
  input: { title?: Localized; text?: Localized; note?: string },
) {
  await deps.db.transaction().execute(async (trx) => {
    const d = await repo.findDecision(trx, id, { kind: deps.dbKind, mode: 'update' });
    if (!d) throw DecisionErrors.notFound({ id });
    if (d.status !== 'open') throw DecisionErrors.notOpen({ id, status: d.status });
    const version = d.version + 1;
    const title = input.title ?? d.title;
    const text = input.text ?? d.text;
    if (
      JSON.stringify(title) === JSON.stringify(d.title) &&
      JSON.stringify(text) === JSON.stringify(d.text)
    ) {
      throw DecisionErrors.noChange();
    }
    await repo.insertTextVersion(trx, {
      decision_id: id,
      version,
      title: JSON.stringify(title),
      text: text ? JSON.stringify(text) : null,
      note: input.note ?? null,
      changed_by: actor.userId,
      changed_at: deps.now().toISOString(),
    });
    await repo.updateDecision(trx, id, {
      version,
      title: JSON.stringify(title),
      text: text ? JSON.stringify(text) : null,
    });
    await deps.audit.record(trx, actor, {
      action: 'decisions.text_revised',
      targetType: 'decision',
      targetId: id,
      actingFor: 'secretariat',
      data: { version, note: input.note ?? null },
    });
  });
  return getDecision(deps, actor, id);
}

export async function listVersions(deps: Pick<DecisionsDeps, 'db'>, actor: Actor | null, id: string) {
  await loadVisible(deps, actor, id);
  return (await repo.listTextVersions(deps.db, id)).map((v) => ({
    version: Number(v.version),
    title: JSON.parse(v.title) as Localized,
    text: v.text ? (JSON.parse(v.text) as Localized) : null,
    note: v.note,
    changedBy: v.changed_by,
    changedAt: v.changed_at,
  }));
}

/**
 * Attaches a file to an open draft: the Secretariat, or a delegation of a participating state (which
 * speaks for that state: the `state` form field).
 */
export async function addAttachment(
  deps: DecisionsDeps,
  actor: Actor,
  id: string,
  input: { state?: string },
  file: FileInput,
) {
  const d = await loadVisible(deps, actor, id);
  const checked = await checkFile(attachmentUse, file);
  const participants = await repo.listParticipants(deps.db, id);
  let actingFor: string;
  if (input.state) {
    if (!participants.includes(input.state)) throw DecisionErrors.notParticipant({ state: input.state });
    actingFor = requireStateMandate(actor, input.state, ['national_coordinator', 'delegate']);
  } else if (isSecretariat(actor)) {
    actingFor = 'secretariat';
  } else {
    throw AuthErrors.forbidden();
  }
  const stored = await deps.db.transaction().execute(async (trx) => {
    const current = await repo.findDecision(trx, id, { kind: deps.dbKind, mode: 'share' });
    if (current?.status !== 'open') throw DecisionErrors.notOpen({ id, status: current?.status ?? d.status });
    const f = await storeFile(trx, checked, {
      ownerRecord: id,
      uploadedBy: actor.email,
      actingFor,
      at: deps.now().toISOString(),
    });
    await repo.insertAttachment(trx, { id: f.id, decision_id: id });
    await deps.audit.record(trx, actor, {
      action: 'decisions.attachment_added',
      targetType: 'decision',
      targetId: id,
      actingFor,
      data: { attachmentId: f.id, filename: f.filename, sha256: f.sha256, size: f.size },
    });
    return f;
  });
  return (await attachmentDtos(deps.db, id)).find((a) => a.id === stored.id)!;
}

/** An attachment's stored file, for download; 404 unless the actor may see the decision. */
export async function getAttachment(
  deps: Pick<DecisionsDeps, 'db'>,
  actor: Actor | null,
  id: string,
  attachmentId: string,
) {
  await loadVisible(deps, actor, id);
  const a = await repo.findAttachment(deps.db, id, attachmentId);
  const f = a && (await findFile(deps.db, 'decisions', a.id));
  if (!f) throw DecisionErrors.notFound({ id: attachmentId });
  return f;
}
