import { z } from 'zod';
import type { ConflictInput } from '../../core/review';
import { definePanel } from '../../core/review';
import * as repo from './calls.repository';
import { listUniversities, universitiesOfOfficer } from './network.repository';

/** The rubric a host university's reviewer fills in for a grant dossier. */
export const DossierReview = z
  .strictObject({
    academic: z.number().int().min(1).max(5),
    motivation: z.number().int().min(1).max(5),
    language: z.number().int().min(1).max(5),
    comment: z.string().trim().max(5000).default(''),
  })
  .meta({ id: 'EducationDossierReview', example: { academic: 4, motivation: 5, language: 3, comment: '' } });

/**
 * Grant dossiers reviewed through the kernel's panel (ADR 0100). Computed conflicts: the reviewer is the
 * applicant, acts for the applicant's state (same state), is an officer of a university in the
 * applicant's state (the same university system that sends them), or has declared a relation with the
 * applicant or their state. Identity: only named admissions officers of the network are verified.
 */
export const dossierPanel = definePanel({
  kind: 'education.application',
  review: DossierReview,
  async conflicts(trx, applicationId, reviewer) {
    const app = await repo.findApplication(trx, applicationId);
    if (!app) return null;
    const found: ConflictInput[] = [];
    if (app.applicant_id === reviewer.userId) found.push({ kind: 'self', detail: '' });
    if (reviewer.states.includes(app.state)) found.push({ kind: 'same_state', detail: app.state });
    const own = new Set(await universitiesOfOfficer(trx, reviewer.userId));
    for (const u of await listUniversities(trx, app.state))
      if (own.has(u.id)) found.push({ kind: 'same_university', detail: u.id });
    for (const r of reviewer.relations)
      if (r.party === app.state || (app.applicant_id !== null && r.party === app.applicant_id))
        found.push({ kind: 'relation', detail: `${r.kind}: ${r.detail}` });
    return found;
  },
  identityVerified: async (trx, reviewer) => (await universitiesOfOfficer(trx, reviewer.userId)).length > 0,
});
