import { AuthErrors, isSecretariat, requireStateMandate, type Role } from '../../core/auth/actor';
import { defineThread } from '../../core/threads';
import { TLP_RANK } from './markings';
import { PracticeErrors } from './practices.errors';
import { libraryReader, loadPractice, type PracticesDeps } from './practices.service';

const SPEAKING_ROLES: readonly Role[] = ['cert_analyst', 'national_coordinator', 'delegate'];

/**
 * A practice's discussion (ADR 0023). It stays within the community whatever the practice's marking:
 * read by those who receive GREEN from the library (member states' users and the exchange's
 * coordinator) and by the Secretariat, which moderates threads; written by a member state's CERT,
 * coordinator or delegate for that state, or without a state by the coordinator or the Secretariat.
 */
export const practiceComments = defineThread({
  owner: 'cyber',
  targetType: 'cyber_practice',
  entity: 'practice_comment',
  kinds: ['comment'],
  load: async (deps: PracticesDeps, actor, id) => (await loadPractice(deps, actor, id)).practice,
  mayRead: async (deps, actor) =>
    isSecretariat(actor) || (await libraryReader(deps, actor)).maxRank >= TLP_RANK.green,
  speakingFor: async (deps, actor, _p, state) => {
    const lr = await libraryReader(deps, actor);
    if (state === undefined) {
      if (lr.reader.coordinator || isSecretariat(actor)) return 'secretariat';
      throw AuthErrors.forbidden({ reason: 'state_required' });
    }
    if (!lr.memberCodes.includes(state)) throw PracticeErrors.notMemberState({ state });
    return requireStateMandate(actor, state, SPEAKING_ROLES);
  },
});
