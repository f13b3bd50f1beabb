import {
  AuthErrors,
  isSecretariat,
  requireStateMandate,
  seesRestrictedBusiness,
  type Actor,
} from '../../core/auth/actor';
import type { Project } from './project.repository';

const SPEAKING_ROLES = ['national_coordinator', 'delegate'] as const;

/** A project outside the public pipeline is restricted business (`seesRestrictedBusiness`); others get a 404. */
export function canRead(actor: Actor | null, p: Pick<Project, 'public'>, memberCodes: readonly string[]) {
  return p.public || seesRestrictedBusiness(actor, memberCodes);
}

/**
 * Who keeps a project's file (checklist, milestones, indicators): the Secretariat, and for a project a
 * state proposed, that state's coordinator or delegate. Returns what the actor acts for.
 */
export function managingFor(actor: Actor | null, p: Pick<Project, 'proposingState'>): string {
  if (!actor) throw AuthErrors.unauthenticated();
  if (isSecretariat(actor)) return 'secretariat';
  if (!p.proposingState) throw AuthErrors.forbidden({ reason: 'secretariat_project' });
  return requireStateMandate(actor, p.proposingState, SPEAKING_ROLES);
}

/** A delegation speaks for its own state only; the Secretariat speaks without a state. */
export function speakingFor(actor: Actor, state: string | undefined): string {
  if (state === undefined) {
    if (isSecretariat(actor)) return 'secretariat';
    throw AuthErrors.forbidden({ reason: 'state_required' });
  }
  return requireStateMandate(actor, state, SPEAKING_ROLES);
}

export { SPEAKING_ROLES };
