import { isSecretariat, seesRestrictedBusiness, type Actor } from '../../core/auth/actor';
import type { Db } from '../../core/db/database';
import { currentMemberCodes, currentPartnerCodes } from '../states';
import { DecisionErrors } from './decisions.errors';
import * as repo from './decisions.repository';
import type { Decision } from './decisions.repository';
import type { DecisionsDeps } from './decisions.service';

export interface Family {
  members: readonly string[];
  partners: readonly string[];
}

function actsForPartner(actor: Actor | null, partners: readonly string[]): boolean {
  return !!actor?.mandates.some((m) => m.stateCode !== null && partners.includes(m.stateCode));
}

/**
 * A public decision is for everybody; a restricted one as `seesRestrictedBusiness` says, and for the
 * delegations of SCO partners when the draft is open to partners. Others get a 404.
 */
export function canRead(actor: Actor | null, d: Pick<Decision, 'visibility' | 'openToPartners'>, f: Family) {
  return (
    d.visibility === 'public' ||
    seesRestrictedBusiness(actor, f.members) ||
    (d.openToPartners && actsForPartner(actor, f.partners))
  );
}

/**
 * The discussion belongs to the Secretariat and the delegations of the participating states, and to the
 * partners' delegations when the draft is open to partners.
 */
export function commentingState(
  actor: Actor,
  d: Pick<Decision, 'openToPartners'>,
  participants: readonly string[],
  partners: readonly string[],
  state: string | undefined,
): string | 'secretariat' | null {
  if (state === undefined) return isSecretariat(actor) ? 'secretariat' : null;
  if (!participants.includes(state) && !(d.openToPartners && partners.includes(state))) return null;
  const ok = actor.mandates.some(
    (m) => m.stateCode === state && (m.role === 'national_coordinator' || m.role === 'delegate'),
  );
  return ok ? state : null;
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

/** The current members and partners, who may see what `canRead` says. */
export async function family(db: Db): Promise<Family> {
  const [members, partners] = await Promise.all([currentMemberCodes(db), currentPartnerCodes(db)]);
  return { members, partners };
}
