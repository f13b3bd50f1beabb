import { statesActedFor, type Actor } from '../../core/auth/actor';
import type { DbOrTrx } from '../../core/db/database';
import type { ApplicationRow } from './calls.repository';
import { listProgrammes, universitiesOfOfficer } from './network.repository';

/**
 * Who may read an applicant's data (issue 12, point 3): the applicant, the grant authority of the
 * applicant's state, and the admissions officers of the host universities the applicant chose once the
 * state has nominated them. Not the Secretariat, not other states: they read counts only.
 */
export interface Viewer {
  userId: string | null;
  authorityOf: string[];
  /** The programmes of the universities the actor admits for. */
  hostProgrammes: Set<string>;
}

export async function viewerOf(d: DbOrTrx, actor: Actor | null): Promise<Viewer> {
  if (!actor) return { userId: null, authorityOf: [], hostProgrammes: new Set() };
  const officerStates = statesActedFor(actor, ['admissions_officer']);
  let hostProgrammes = new Set<string>();
  if (officerStates.length) {
    const universities = new Set(await universitiesOfOfficer(d, actor.userId));
    if (universities.size)
      hostProgrammes = new Set(
        (await listProgrammes(d))
          .filter((p) => universities.has(p.universityId) && officerStates.includes(p.country))
          .map((p) => p.id),
      );
  }
  return { userId: actor.userId, authorityOf: statesActedFor(actor, ['grant_authority']), hostProgrammes };
}

export function mayRead(v: Viewer, a: ApplicationRow): boolean {
  if (a.applicant_id !== null && a.applicant_id === v.userId) return true;
  if (v.authorityOf.includes(a.state)) return true;
  if (a.rank === null || v.hostProgrammes.size === 0) return false;
  return (JSON.parse(a.choices) as string[]).some((c) => v.hostProgrammes.has(c));
}
