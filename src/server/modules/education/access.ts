import { statesActedFor, type Actor } from '../../core/auth/actor';
import type { DbOrTrx } from '../../core/db/database';
import type { ApplicationRow } from './calls.repository';
import { listProgrammes, universitiesOfOfficer } from './network.repository';
import { dossierPanel } from './review.panel';

/**
 * Who may read an applicant's data (issue 12, point 3): the applicant, the grant authority of the
 * applicant's state, the admissions officers of the host universities the applicant chose once the
 * state has nominated them, and the reviewers assigned to the dossier (active in the kernel's panel). Not the Secretariat, not other states: they read counts only.
 */
export interface Viewer {
  userId: string | null;
  authorityOf: string[];
  /** The programmes of the universities the actor admits for. */
  hostProgrammes: Set<string>;
  /** Applications the actor reviews under an active assignment. */
  reviewing: Set<string>;
}

export async function viewerOf(d: DbOrTrx, actor: Actor | null): Promise<Viewer> {
  if (!actor) return { userId: null, authorityOf: [], hostProgrammes: new Set(), reviewing: new Set() };
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
  const assignments = await dossierPanel.assignmentsFor(d, actor.userId);
  return {
    userId: actor.userId,
    authorityOf: statesActedFor(actor, ['grant_authority']),
    hostProgrammes,
    reviewing: new Set(assignments.filter((a) => a.status === 'active').map((a) => a.subjectId)),
  };
}

export function mayRead(v: Viewer, a: ApplicationRow): boolean {
  if (a.applicant_id !== null && a.applicant_id === v.userId) return true;
  if (v.authorityOf.includes(a.state) || v.reviewing.has(a.id)) return true;
  if (a.rank === null || v.hostProgrammes.size === 0) return false;
  return (JSON.parse(a.choices) as string[]).some((c) => v.hostProgrammes.has(c));
}
