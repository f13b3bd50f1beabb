import { z } from 'zod';

/** One conflict of interest, declared by a reviewer or computed by a module's rules. */
export const ConflictDto = z.strictObject({
  kind: z
    .string()
    .trim()
    .regex(/^[a-z][a-z_]{0,63}$/)
    .describe('nominating_state, same_university, relation, other …'),
  detail: z.string().trim().max(2000).describe('free text'),
});

/** What a reviewer declares for a subject: [] for "no conflict", otherwise the conflicts. */
export const DeclareConflictsBody = z
  .strictObject({ conflicts: z.array(ConflictDto).max(20) })
  .meta({ id: 'DeclareConflicts', examples: [{ conflicts: [] }] });

/** A standing relation of a reviewer: an employer, a former student, a relative, with whom. */
export const DeclareRelationBody = ConflictDto.extend({
  party: z.string().trim().min(1).max(200).describe('a state code, a university id, a user id'),
}).meta({
  id: 'DeclareReviewRelation',
  examples: [{ kind: 'employment', party: 'KZ', detail: 'Adviser to the ministry of culture until 2025' }],
});

export const ReviewAssignmentDto = z.object({
  id: z.string(),
  subjectKind: z.string(),
  subjectId: z.string(),
  reviewerUserId: z.string(),
  status: z.enum(['proposed', 'active', 'declined', 'withdrawn']),
  proposedAt: z.string(),
  declaredConflicts: z.array(ConflictDto).nullable().describe('null until the reviewer declares'),
  decidedAt: z.string().nullable(),
});
export type ReviewAssignmentDto = z.infer<typeof ReviewAssignmentDto>;

export const RelationDto = z.object({
  id: z.string(),
  kind: z.string(),
  party: z.string(),
  detail: z.string(),
  declaredAt: z.string(),
});
