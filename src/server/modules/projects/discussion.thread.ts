import type { z } from 'zod';
import type { ProjectCommentDto } from '../../../contracts/projects';
import { seesRestrictedBusiness } from '../../core/auth/actor';
import { defineThread } from '../../core/threads';
import { currentMemberCodes } from '../states';
import { ProjectErrors } from './projects.errors';
import { speakingFor } from './projects.policy';
import * as repo from './project.repository';
import { loadVisible, type ProjectsDeps } from './project.service';

type CommentDto = z.infer<typeof ProjectCommentDto>;

/**
 * A project's discussion, by the Secretariat or a member state's delegation speaking for its own state.
 * A `question` is put to the sponsor; an `answer` replies to a question and comes from the Secretariat
 * or a sponsoring state. It belongs to the Secretariat and the member states; others see none of it.
 */
export const projectDiscussion = defineThread({
  owner: 'projects',
  targetType: 'project',
  entity: 'comment',
  kinds: ['comment', 'question', 'answer'],
  load: (deps: ProjectsDeps, actor, id) => loadVisible(deps, actor, id),
  mayRead: async (deps, actor) => seesRestrictedBusiness(actor, await currentMemberCodes(deps.db)),
  speakingFor: async (deps, actor, _p, state) => {
    const speaks = speakingFor(actor, state);
    if (speaks !== 'secretariat' && !(await currentMemberCodes(deps.db)).includes(speaks)) {
      throw ProjectErrors.notMemberState({ state: speaks });
    }
    return speaks;
  },
  checkPost: async (deps, { record, kind, parent, speaksFor }) => {
    if (kind !== 'answer') return;
    if (parent?.kind !== 'question') throw ProjectErrors.answerNeedsQuestion();
    if (speaksFor !== 'secretariat' && !(await repo.sponsorsOf(deps.db, record.id)).includes(speaksFor)) {
      throw ProjectErrors.notSponsor();
    }
  },
  parentNotFound: () => ProjectErrors.commentParentNotFound(),
  present: (posts): CommentDto[] => {
    const answered = new Set(posts.filter((p) => p.kind === 'answer' && p.parentId).map((p) => p.parentId!));
    return posts.map((p) => ({
      ...p,
      kind: p.kind as CommentDto['kind'],
      answered: p.kind === 'question' ? answered.has(p.id) : null,
    }));
  },
});
