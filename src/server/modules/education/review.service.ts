import { requireStateMandate, type Actor } from '../../core/auth/actor';
import type { Kernel } from '../../core/module';
import type { ConflictInput } from '../../core/review';
import { mayRead, viewerOf } from './access';
import * as repo from './calls.repository';
import { EducationErrors } from './education.errors';
import { listProgrammes, universitiesOfOfficer } from './network.repository';
import { dossierPanel } from './review.panel';

/**
 * A host university's officer proposes a reviewer for a dossier sent to it: the application must be
 * one the officer may read and chose one of the officer's programmes.
 */
export async function proposeReviewer(
  k: Kernel,
  actor: Actor,
  applicationId: string,
  reviewerUserId: string,
) {
  const app = await repo.findApplication(k.db, applicationId);
  if (!app || !mayRead(await viewerOf(k.db, actor), app))
    throw EducationErrors.applicationNotFound({ id: applicationId });
  const universities = new Set(await universitiesOfOfficer(k.db, actor.userId));
  const choices = JSON.parse(app.choices) as string[];
  const host = (await listProgrammes(k.db, { ids: choices })).find((p) => universities.has(p.universityId));
  if (!host) throw EducationErrors.notHost();
  const actingFor = requireStateMandate(actor, host.country, ['admissions_officer']);
  return k.db
    .transaction()
    .execute((trx) => dossierPanel.propose(k, trx, { actor, actingFor }, applicationId, reviewerUserId));
}

export const declareConflicts = (k: Kernel, actor: Actor, assignmentId: string, conflicts: ConflictInput[]) =>
  k.db.transaction().execute((trx) => dossierPanel.declare(k, trx, actor, assignmentId, conflicts));

export const submitReview = (k: Kernel, actor: Actor, assignmentId: string, payload: unknown) =>
  k.db.transaction().execute((trx) => dossierPanel.submitReview(k, trx, actor, assignmentId, payload));

/** The reviewer's workspace: their assignments, with the dossiers of the active ones. */
export async function workspace(k: Kernel, actor: Actor) {
  return dossierPanel.assignmentsFor(k.db, actor.userId);
}
