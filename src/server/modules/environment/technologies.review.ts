import { z } from 'zod';
import type { DeclareConflictsBody } from '../../../contracts/review';
import type { Actor } from '../../core/auth/actor';
import type { Kernel } from '../../core/module';
import { definePanel } from '../../core/review';
import { EnvironmentErrors as E } from './environment.errors';
import * as repo from './technologies.repository';
import { advance } from './technologies.service';

export const TechReview = z.strictObject({
  recommendation: z.enum(['publish', 'revise', 'reject']),
  text: z.string().trim().min(1).max(20_000),
});

/** A review is of one version: `kz-1/v2`. */
const subjectOf = (row: Pick<repo.TechRow, 'code' | 'version'>) => `${row.code}/v${row.version}`;

/**
 * The kernel's review panel for technology entries (ADR 0100). Computed conflict: a reviewer who holds a
 * mandate for the submitting state, or declared a standing relation with it. Verified identity: a
 * reviewer acting under a member state's mandate valid today.
 */
export const technologyPanel = definePanel({
  kind: 'environment.technology',
  review: TechReview,
  async conflicts(trx, subjectId, reviewer) {
    const row = await repo.findLatest(trx, subjectId.split('/')[0]!);
    if (!row) return null;
    return [
      ...reviewer.states
        .filter((s) => s === row.country)
        .map((s) => ({ kind: 'submitting_state', detail: s })),
      ...reviewer.relations
        .filter((r) => r.party === row.country)
        .map((r) => ({ kind: 'relation', detail: r.detail })),
    ];
  },
  identityVerified: (_trx, reviewer) => Promise.resolve(reviewer.states.length > 0),
});

type Deps = Pick<Kernel, 'db' | 'audit' | 'now'>;

async function submittedVersion(deps: Deps, actor: Actor, code: string) {
  const row = await repo.findLatest(deps.db, code);
  if (!row) throw E.technologyNotFound({ code });
  if (row.status !== 'submitted') throw E.wrongStatus({ code, status: row.status, expected: 'submitted' });
  void actor;
  return row;
}

/** The Secretariat proposes an expert for the submitted version. @throws review.conflict_of_interest … */
export async function proposeReviewer(deps: Deps, actor: Actor, code: string, userId: string) {
  const row = await submittedVersion(deps, actor, code);
  return deps.db
    .transaction()
    .execute((trx) =>
      technologyPanel.propose(deps, trx, { actor, actingFor: 'secretariat' }, subjectOf(row), userId),
    );
}

/** The proposed expert declares their conflicts: none makes them the version's reviewer. */
export async function declareConflicts(
  deps: Deps,
  actor: Actor,
  assignmentId: string,
  body: z.output<typeof DeclareConflictsBody>,
) {
  return deps.db
    .transaction()
    .execute((trx) => technologyPanel.declare(deps, trx, actor, assignmentId, body.conflicts));
}

/**
 * An active reviewer of the submitted version files the review; the version becomes reviewed, ready to
 * be published. @throws review.wrong_status, review.invalid_review, environment.wrong_status
 */
export async function reviewTechnology(
  deps: Deps,
  actor: Actor,
  code: string,
  input: { assignmentId: string } & z.output<typeof TechReview>,
) {
  const row = await submittedVersion(deps, actor, code);
  const a = await technologyPanel.findAssignment(deps.db, input.assignmentId);
  if (!a || a.subjectId !== subjectOf(row)) throw E.technologyNotFound({ code });
  const { assignmentId, ...review } = input;
  let stored: unknown;
  await advance(deps, actor, row, 'reviewed', { actingFor: null, data: { assignmentId } }, async (trx) => {
    stored = await technologyPanel.submitReview(deps, trx, actor, assignmentId, review);
  });
  return stored as Awaited<ReturnType<typeof technologyPanel.submitReview>>;
}

/** The expert's workspace: the versions they are asked to review or review. */
export async function myAssignments(deps: Pick<Kernel, 'db'>, actor: Actor) {
  return { items: await technologyPanel.assignmentsFor(deps.db, actor.userId) };
}
