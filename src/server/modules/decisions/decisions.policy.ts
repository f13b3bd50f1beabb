import { isSecretariat, type Actor } from '../../core/auth/actor';
import type { Decision } from './decisions.repository';

/**
 * Who sees a decision: a public one, everybody; a restricted one, the Secretariat and whoever holds a
 * mandate for a member state (members follow all SCO business, also where they do not take part).
 * Everyone else gets a 404, so the existence of a restricted draft does not leak.
 */
export function seesRestricted(actor: Actor | null, memberCodes: readonly string[]): boolean {
  if (!actor) return false;
  return (
    isSecretariat(actor) ||
    actor.mandates.some((m) => m.stateCode !== null && memberCodes.includes(m.stateCode))
  );
}

export function canRead(
  actor: Actor | null,
  d: Pick<Decision, 'visibility'>,
  memberCodes: readonly string[],
) {
  return d.visibility === 'public' || seesRestricted(actor, memberCodes);
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
