import type { Localized } from '../../../contracts/common';
import type {
  CreateDecisionInput,
  DecisionDto,
  DecisionSummaryDto,
  PositionDto,
} from '../../../contracts/decisions';
import { seesRestrictedBusiness, type Actor } from '../../core/auth/actor';
import type { Db } from '../../core/db/database';
import { newId } from '../../core/ids';
import type { Kernel } from '../../core/module';
import { bodyExists, checkStateStatusChange, currentMemberCodes } from '../states';
import { attachmentDtos } from './attachment.service';
import { DecisionErrors } from './decisions.errors';
import { canRead, family, loadVisible } from './decisions.policy';
import * as repo from './decisions.repository';
import { countsTowardOutcome } from './procedure.rules';

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

export function positionDtos(
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
  if (input.procedure === 'silence' && !input.deadline)
    throw DecisionErrors.deadlineRequired({ field: 'deadline' });
  if (input.deadline && Date.parse(input.deadline) <= now.getTime()) {
    throw DecisionErrors.deadlineInPast({ field: 'deadline', deadline: input.deadline });
  }
  const members = await currentMemberCodes(deps.db);
  const participants = [...new Set(input.participants ?? members)].sort();
  const outsiders = participants.filter((s) => !members.includes(s));
  if (outsiders.length) throw DecisionErrors.participantNotMember({ states: outsiders });
  if (input.procedure === 'consensus_minus_one') {
    if (!input.concernedState) throw DecisionErrors.concernedStateRequired({ field: 'concernedState' });
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
