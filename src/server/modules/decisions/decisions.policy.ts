import { isSecretariat, seesRestrictedBusiness, type Actor } from '../../core/auth/actor';
import type { Decision } from './decisions.repository';

/** A public decision is for everybody; a restricted one as `seesRestrictedBusiness` says; others get a 404. */
export function canRead(
  actor: Actor | null,
  d: Pick<Decision, 'visibility'>,
  memberCodes: readonly string[],
) {
  return d.visibility === 'public' || seesRestrictedBusiness(actor, memberCodes);
}

/** The discussion belongs to the Secretariat and the delegations of the participating states. */
export function commentingState(
  actor: Actor,
  participants: readonly string[],
  state: string | undefined,
): string | 'secretariat' | null {
  if (state === undefined) return isSecretariat(actor) ? 'secretariat' : null;
  if (!participants.includes(state)) return null;
  const ok = actor.mandates.some(
    (m) => m.stateCode === state && (m.role === 'national_coordinator' || m.role === 'delegate'),
  );
  return ok ? state : null;
}
