import type { z } from 'zod';
import type {
  InterestBody,
  ProjectCommentBody,
  ProjectCommentDto,
  ProjectDto,
} from '../../../contracts/projects';
import { requireStateMandate, seesRestrictedBusiness, type Actor } from '../../core/auth/actor';
import { newId } from '../../core/ids';
import { runIdempotent, type Idempotency, type Written } from '../../core/http/idempotency';
import { currentMemberCodes } from '../states';
import * as discussion from './discussion.repository';
import { ProjectErrors } from './projects.errors';
import { speakingFor, SPEAKING_ROLES } from './projects.policy';
import * as repo from './project.repository';
import { loadVisible, projectDto, type ProjectsDeps } from './project.service';
import { TERMINAL } from './stage.rules';

type CommentDto = z.infer<typeof ProjectCommentDto>;

function toComment(r: discussion.CommentRow, answeredIds: ReadonlySet<string>): CommentDto {
  const kind = r.kind as CommentDto['kind'];
  return {
    id: r.id,
    parentId: r.parent_id,
    kind,
    state: r.state_code,
    authorEmail: r.author_email,
    body: r.body,
    createdAt: r.created_at,
    answered: kind === 'question' ? answeredIds.has(r.id) : null,
  };
}

/**
 * A comment in the project's discussion, by the Secretariat or a member state's delegation speaking
 * for its own state. A `question` is put to the sponsor; an `answer` replies to a question and comes
 * from the Secretariat or a sponsoring state. @throws auth.no_mandate, projects.not_member_state,
 * projects.comment_parent_not_found, projects.answer_needs_question, projects.not_sponsor
 */
export async function addComment(
  deps: ProjectsDeps,
  actor: Actor,
  id: string,
  input: z.infer<typeof ProjectCommentBody>,
  idem: Idempotency | null,
): Promise<Written<CommentDto>> {
  await loadVisible(deps, actor, id);
  const speaks = speakingFor(actor, input.state);
  if (speaks !== 'secretariat' && !(await currentMemberCodes(deps.db)).includes(speaks)) {
    throw ProjectErrors.notMemberState({ state: speaks });
  }
  const parent = input.parentId ? await discussion.findComment(deps.db, input.parentId) : undefined;
  if (input.parentId && parent?.project_id !== id) throw ProjectErrors.commentParentNotFound();
  if (input.kind === 'answer') {
    if (parent?.kind !== 'question') throw ProjectErrors.answerNeedsQuestion();
    if (speaks !== 'secretariat' && !(await repo.sponsorsOf(deps.db, id)).includes(speaks)) {
      throw ProjectErrors.notSponsor();
    }
  }
  const row: discussion.CommentRow = {
    id: newId(),
    project_id: id,
    parent_id: input.parentId ?? null,
    kind: input.kind,
    author_user_id: actor.userId,
    author_email: actor.email,
    state_code: speaks === 'secretariat' ? null : speaks,
    body: input.body,
    created_at: deps.now().toISOString(),
  };
  return runIdempotent(deps.db, idem, 201, row.created_at, async (trx) => {
    await discussion.insertComment(trx, row);
    await deps.audit.record(trx, actor, {
      action: 'projects.comment_added',
      targetType: 'project',
      targetId: id,
      actingFor: speaks,
      data: { commentId: row.id, kind: row.kind, parentId: row.parent_id },
    });
    return toComment(row, new Set());
  });
}

/** The discussion belongs to the Secretariat and the member states; others see none of it. */
export async function listComments(deps: ProjectsDeps, actor: Actor | null, id: string) {
  await loadVisible(deps, actor, id);
  if (!seesRestrictedBusiness(actor, await currentMemberCodes(deps.db))) return [];
  const rows = await discussion.listComments(deps.db, id);
  const answered = new Set(rows.filter((r) => r.kind === 'answer' && r.parent_id).map((r) => r.parent_id!));
  return rows.map((r) => toComment(r, answered));
}

/**
 * A member state says it is interested in participating; only its own coordinator or delegate may say
 * so. Interested states are the ones that decide the project's approval. Saying it twice changes
 * nothing. @throws auth.no_mandate, projects.not_member_state, projects.stage_terminal
 */
export async function expressInterest(
  deps: ProjectsDeps,
  actor: Actor,
  id: string,
  input: z.infer<typeof InterestBody>,
  idem: Idempotency | null,
): Promise<Written<ProjectDto>> {
  await loadVisible(deps, actor, id);
  const state = requireStateMandate(actor, input.state, SPEAKING_ROLES);
  if (!(await currentMemberCodes(deps.db)).includes(state)) throw ProjectErrors.notMemberState({ state });
  const now = deps.now().toISOString();
  return runIdempotent(deps.db, idem, 200, now, async (trx) => {
    const p = await repo.findProject(trx, id, deps.dbKind);
    if (!p) throw ProjectErrors.notFound({ id });
    if (TERMINAL.includes(p.stage)) throw ProjectErrors.stageTerminal({ stage: p.stage });
    const fresh = await repo.insertInterest(trx, {
      project_id: id,
      state_code: state,
      expressed_at: now,
      expressed_by: actor.userId,
    });
    if (fresh) {
      await repo.updateProject(trx, id, { updated_at: now });
      await deps.audit.record(trx, actor, {
        action: 'projects.interest_expressed',
        targetType: 'project',
        targetId: id,
        actingFor: state,
      });
    }
    return projectDto(deps, actor, fresh ? { ...p, updatedAt: now } : p, trx);
  });
}
