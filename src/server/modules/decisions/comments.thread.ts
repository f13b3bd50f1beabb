import { AuthErrors, isSecretariat } from '../../core/auth/actor';
import { defineThread } from '../../core/threads';
import { DecisionErrors } from './decisions.errors';
import { commentingState, family, loadVisible } from './decisions.policy';
import * as repo from './decisions.repository';
import type { DecisionsDeps } from './decisions.service';

/**
 * A decision's discussion. Whoever sees the decision and acts for the Secretariat or a state reads it;
 * the Secretariat and the participating delegations write, and partners' delegations too when the
 * draft is open to partners.
 */
export const decisionComments = defineThread({
  owner: 'decisions',
  targetType: 'decision',
  entity: 'comment',
  kinds: ['comment'],
  load: (deps: DecisionsDeps, actor, id) => loadVisible(deps, actor, id),
  mayRead: (_deps, actor) => isSecretariat(actor) || !!actor?.mandates.some((m) => m.stateCode),
  speakingFor: async (deps, actor, d, state) => {
    const participants = await repo.listParticipants(deps.db, d.id);
    const speaksFor = commentingState(actor, d, participants, (await family(deps.db)).partners, state);
    if (speaksFor) return speaksFor;
    if (state && !participants.includes(state)) throw DecisionErrors.notParticipant({ state });
    throw state ? AuthErrors.noMandate({ state }) : AuthErrors.forbidden();
  },
  parentNotFound: () => DecisionErrors.commentParentNotFound(),
});
