import { z } from 'zod';
import { DeclareConflictsBody, ReviewAssignmentDto } from '../../../contracts/review';
import type { App, Kernel } from '../../core/module';
import { DossierReview } from './review.panel';
import { declareConflicts, proposeReviewer, submitReview, workspace } from './review.service';

const IdParams = z.strictObject({ id: z.string().max(64) });
const ReviewerBody = z
  .strictObject({ userId: z.string().min(1).max(64) })
  .meta({ example: { userId: '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b' } });
const toDto = (a: z.infer<typeof ReviewAssignmentDto> & { proposedBy?: string }) => ({
  id: a.id,
  subjectKind: a.subjectKind,
  subjectId: a.subjectId,
  reviewerUserId: a.reviewerUserId,
  status: a.status,
  proposedAt: a.proposedAt,
  declaredConflicts: a.declaredConflicts,
  decidedAt: a.decidedAt,
});

/** Reviewers of grant dossiers through the kernel's review panel, under /api/v1/education. */
export async function reviewRoutes(app: App, kernel: Kernel) {
  const tags = ['education'];
  const signedIn = kernel.perms.requireSignedIn();

  app.post(
    '/education/applications/:id/reviewers',
    {
      schema: {
        tags,
        summary:
          'A host university proposes a reviewer for a dossier; conflicts and an unverified identity refuse',
        params: IdParams,
        body: ReviewerBody,
        response: { 201: ReviewAssignmentDto },
      },
      preHandler: kernel.perms.require('education.review.assign'),
    },
    async (req, reply) =>
      reply.code(201).send(toDto(await proposeReviewer(kernel, req.actor!, req.params.id, req.body.userId))),
  );

  app.get(
    '/education/review-assignments',
    {
      schema: {
        tags,
        summary: "The reviewer's workspace: their assignments of grant dossiers",
        response: { 200: z.object({ items: z.array(ReviewAssignmentDto) }) },
      },
      preHandler: signedIn,
    },
    async (req) => ({ items: (await workspace(kernel, req.actor!)).map(toDto) }),
  );

  app.post(
    '/education/review-assignments/:id/conflicts',
    {
      schema: {
        tags,
        summary: 'The reviewer declares their conflicts ([] for none, which activates the assignment)',
        params: IdParams,
        body: DeclareConflictsBody,
        response: { 200: z.object({ ok: z.literal(true) }) },
      },
      preHandler: signedIn,
    },
    async (req) => {
      await declareConflicts(kernel, req.actor!, req.params.id, req.body.conflicts);
      return { ok: true as const };
    },
  );

  app.post(
    '/education/review-assignments/:id/reviews',
    {
      schema: {
        tags,
        summary: 'The active reviewer submits (or revises) their rubric review of the dossier',
        params: IdParams,
        body: DossierReview,
        response: { 201: z.object({ version: z.number().int() }) },
      },
      preHandler: signedIn,
    },
    async (req, reply) =>
      reply
        .code(201)
        .send({ version: (await submitReview(kernel, req.actor!, req.params.id, req.body)).version }),
  );
}
