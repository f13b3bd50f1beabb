import { isSecretariat, type Actor } from '../../core/auth/actor';

/**
 * Who sees a restricted meeting: the Secretariat and whoever holds a mandate for a member state, as for
 * restricted decisions. Everyone else gets a 404, so the existence of a restricted meeting does not leak.
 */
export function seesRestricted(actor: Actor | null, memberCodes: readonly string[]): boolean {
  if (!actor) return false;
  return (
    isSecretariat(actor) ||
    actor.mandates.some((m) => m.stateCode !== null && memberCodes.includes(m.stateCode))
  );
}
