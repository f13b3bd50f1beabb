import type { z } from 'zod';
import type { AuditInput } from '../audit/audit';
import type { Actor } from '../auth/actor';
import { isUniqueViolation, type DbOrTrx, type Trx } from '../db/database';
import { newId } from '../ids';
import type { Kernel } from '../module';
import * as repo from './review.repository';
import type { Assignment, ConflictInput, Relation, StoredReview } from './review.repository';
import { ReviewErrors } from './review.errors';

export type ReviewDeps = Pick<Kernel, 'audit' | 'now'>;

/** Who writes, and for whom: the module decides both before it calls the panel. */
export interface By {
  actor: Actor;
  /** A state code, `secretariat`, or null for a reviewer's personal act. */
  actingFor: string | null;
}

/** The reviewer as a module's conflict rules see them. */
export interface Reviewer {
  userId: string;
  email: string;
  /** States of the reviewer's mandates valid today. */
  states: string[];
  relations: Relation[];
}

export interface PanelDefinition<P> {
  /** `<module>.<subject>`, e.g. `culture.nomination`; also the audit target type of every panel act. */
  kind: string;
  /** The form of a review (rubric scores, recommendation, text). */
  review: z.ZodType<P>;
  /**
   * The conflicts of interest of `reviewer` with the subject, computed from the module's own data
   * (the nominating states, the university). Return null when it cannot decide: that refuses, as a throw does.
   */
  conflicts(
    trx: Trx,
    subjectId: string,
    reviewer: Reviewer,
  ): Promise<ConflictInput[] | null> | ConflictInput[] | null;
  /** Whether the reviewer's identity is verified for this panel; anything but `true` refuses. */
  identityVerified(trx: Trx, reviewer: Reviewer): Promise<boolean> | boolean;
}

const KIND = /^[a-z]+\.[a-z_]+$/;
const isConflict = (c: unknown): c is ConflictInput =>
  typeof (c as ConflictInput)?.kind === 'string' && typeof (c as ConflictInput)?.detail === 'string';
const conflictError = (reviewer: string, conflicts: readonly ConflictInput[]) =>
  ReviewErrors.conflictOfInterest({
    reviewer,
    kinds: [...new Set(conflicts.map((c) => c.kind))].sort(),
    conflicts: conflicts.map((c) => (c.detail ? `${c.kind}: ${c.detail}` : c.kind)),
  });

/** Standing relations a reviewer declares about themself; every panel's conflict rules see them. */
export async function declareRelation(
  deps: ReviewDeps,
  trx: Trx,
  actor: Actor,
  input: { kind: string; party: string; detail: string },
): Promise<Relation> {
  const relation = { id: newId(), ...input, declaredAt: deps.now().toISOString() };
  await repo.insertRelation(trx, actor.userId, relation);
  await deps.audit.record(trx, actor, {
    action: 'review.relation_declared',
    targetType: 'user',
    targetId: actor.userId,
    actingFor: null,
    data: { relationId: relation.id, kind: input.kind, party: input.party },
  });
  return relation;
}

export const relationsOf = (d: DbOrTrx, userId: string) => repo.listRelations(d, userId);

export type ReviewPanel<P> = ReturnType<typeof definePanel<P>>;

/**
 * A panel of reviewers for one kind of subject. Every write runs in the caller's transaction, so the
 * module's own change and the panel's commit or roll back together; every refusal throws before writing.
 */
export function definePanel<P>(def: PanelDefinition<P>) {
  if (!KIND.test(def.kind)) throw new Error(`Bad review subject kind ${def.kind}`);
  const { kind } = def;

  // Every act of the panel is audited on its subject, so the subject's audit trail shows its panel.
  const audit = (
    deps: ReviewDeps,
    trx: Trx,
    by: By,
    { subjectId, ...entry }: Pick<AuditInput, 'action' | 'data'> & { subjectId: string },
  ) =>
    deps.audit.record(trx, by.actor, {
      ...entry,
      targetType: kind,
      targetId: subjectId,
      actingFor: by.actingFor,
    });

  /** Fails closed: unknown, disabled or unverified reviewers, rules that throw or cannot decide, and conflicts refuse. */
  async function clear(deps: ReviewDeps, trx: Trx, subjectId: string, userId: string) {
    const found = await repo.findReviewer(trx, userId, deps.now().toISOString().slice(0, 10));
    if (!found) throw ReviewErrors.reviewerNotFound({ reviewer: userId });
    const reviewer: Reviewer = {
      userId,
      email: found.email,
      states: found.states,
      relations: await repo.listRelations(trx, userId),
    };
    const verified = found.disabled
      ? false
      : await (async () => def.identityVerified(trx, reviewer))().catch(() => false);
    if (verified !== true) throw ReviewErrors.identityUnverified({ reviewer: userId });
    const conflicts = await (async () => def.conflicts(trx, subjectId, reviewer))().catch(() => null);
    if (!Array.isArray(conflicts) || !conflicts.every(isConflict))
      throw ReviewErrors.conflictUndecidable({ reviewer: userId });
    if (conflicts.length > 0) throw conflictError(userId, conflicts);
  }

  async function openRound(trx: Trx, subjectId: string) {
    if ((await repo.findRound(trx, kind, subjectId))?.closed_at) throw ReviewErrors.roundClosed();
  }

  /** The actor's own assignment; 404 for anyone else's. */
  async function ownAssignment(trx: Trx, actor: Actor, id: string) {
    const a = await repo.findAssignment(trx, kind, id);
    if (!a || a.reviewerUserId !== actor.userId) throw ReviewErrors.assignmentNotFound({ id });
    return a;
  }

  return {
    kind,

    /**
     * Proposes a reviewer for a subject. @throws review.round_closed, review.already_proposed,
     * review.conflict_of_interest (computed, or declared on an earlier proposal), review.reviewer_not_found,
     * review.identity_unverified, review.conflict_undecidable
     */
    async propose(
      deps: ReviewDeps,
      trx: Trx,
      by: By,
      subjectId: string,
      reviewerUserId: string,
    ): Promise<Assignment> {
      await openRound(trx, subjectId);
      const earlier = await repo.findAssignmentOf(trx, kind, subjectId, reviewerUserId);
      if (earlier?.declaredConflicts?.length) throw conflictError(reviewerUserId, earlier.declaredConflicts);
      if (earlier) throw ReviewErrors.alreadyProposed({ reviewer: reviewerUserId, status: earlier.status });
      await clear(deps, trx, subjectId, reviewerUserId);
      const a: Assignment = {
        id: newId(),
        subjectKind: kind,
        subjectId,
        reviewerUserId,
        status: 'proposed',
        proposedBy: by.actor.userId,
        proposedAt: deps.now().toISOString(),
        declaredConflicts: null,
        decidedAt: null,
      };
      try {
        await repo.insertAssignment(trx, a);
      } catch (err) {
        if (isUniqueViolation(err))
          throw ReviewErrors.alreadyProposed({ reviewer: reviewerUserId, status: 'proposed' });
        throw err;
      }
      await audit(deps, trx, by, {
        action: 'review.assignment_proposed',
        subjectId,
        data: { assignmentId: a.id, reviewer: reviewerUserId },
      });
      return a;
    },

    /**
     * The proposed reviewer declares: no conflict makes the assignment active once the computed conflicts
     * and identity are checked again; any declared conflict declines it. @throws review.assignment_not_found,
     * review.wrong_status, review.round_closed, and the refusals of `propose`
     */
    async declare(
      deps: ReviewDeps,
      trx: Trx,
      actor: Actor,
      assignmentId: string,
      conflicts: ConflictInput[],
    ) {
      const a = await ownAssignment(trx, actor, assignmentId);
      if (a.status !== 'proposed') throw ReviewErrors.wrongStatus({ status: a.status });
      await openRound(trx, a.subjectId);
      const declared = conflicts.map((c) => ({ kind: c.kind, detail: c.detail }));
      if (declared.length === 0) await clear(deps, trx, a.subjectId, a.reviewerUserId);
      const status = declared.length === 0 ? 'active' : 'declined';
      const at = deps.now().toISOString();
      if (!(await repo.decideAssignment(trx, a.id, 'proposed', { status, declared, at })))
        throw ReviewErrors.wrongStatus({ status: 'changed' });
      await audit(
        deps,
        trx,
        { actor, actingFor: null },
        {
          action: status === 'active' ? 'review.assignment_accepted' : 'review.assignment_declined',
          subjectId: a.subjectId,
          data: { assignmentId: a.id, conflicts: declared.map((c) => c.kind) },
        },
      );
      return { ...a, status, declaredConflicts: declared, decidedAt: at } satisfies Assignment;
    },

    /** Takes a proposed or active reviewer off the subject; their review no longer counts. @throws review.assignment_not_found, review.wrong_status */
    async withdraw(deps: ReviewDeps, trx: Trx, by: By, assignmentId: string, reason: string) {
      const a = await repo.findAssignment(trx, kind, assignmentId);
      if (!a) throw ReviewErrors.assignmentNotFound({ id: assignmentId });
      const at = deps.now().toISOString();
      if (
        a.status === 'declined' ||
        a.status === 'withdrawn' ||
        !(await repo.decideAssignment(trx, a.id, a.status, { status: 'withdrawn', at }))
      )
        throw ReviewErrors.wrongStatus({ status: a.status });
      await audit(deps, trx, by, {
        action: 'review.assignment_withdrawn',
        subjectId: a.subjectId,
        data: { assignmentId: a.id, reason },
      });
      return { ...a, status: 'withdrawn', decidedAt: at } satisfies Assignment;
    },

    /**
     * The active assignee submits or revises their one review, validated by the panel's form.
     * @throws review.assignment_not_found, review.wrong_status, review.round_closed, review.invalid_review,
     * review.revise_conflict
     */
    async submitReview(
      deps: ReviewDeps,
      trx: Trx,
      actor: Actor,
      assignmentId: string,
      payload: unknown,
    ): Promise<StoredReview<P>> {
      const a = await ownAssignment(trx, actor, assignmentId);
      if (a.status !== 'active') throw ReviewErrors.wrongStatus({ status: a.status });
      await openRound(trx, a.subjectId);
      const parsed = def.review.safeParse(payload);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        throw ReviewErrors.invalidReview({ field: `/${issue.path.join('/')}`, reason: issue.message });
      }
      const at = deps.now().toISOString();
      const version = await repo.findReviewVersion(trx, a.id);
      try {
        if (version === undefined) await repo.insertReview(trx, a.id, parsed.data, at);
        else if (!(await repo.reviseReview(trx, a.id, version, parsed.data, at)))
          throw ReviewErrors.reviseConflict();
      } catch (err) {
        if (isUniqueViolation(err)) throw ReviewErrors.reviseConflict();
        throw err;
      }
      await audit(
        deps,
        trx,
        { actor, actingFor: null },
        {
          action: version === undefined ? 'review.review_submitted' : 'review.review_revised',
          subjectId: a.subjectId,
          data: { assignmentId: a.id, version: (version ?? 0) + 1 },
        },
      );
      return {
        assignmentId: a.id,
        reviewerUserId: a.reviewerUserId,
        payload: parsed.data,
        version: (version ?? 0) + 1,
        submittedAt: at,
        revisedAt: version === undefined ? null : at,
      };
    },

    /** Ends the round: no proposal, declaration or review of the subject after it. */
    async closeRound(deps: ReviewDeps, trx: Trx, by: By, subjectId: string) {
      await openRound(trx, subjectId);
      await repo.closeRound(trx, kind, subjectId, deps.now().toISOString(), by.actor.userId);
      await audit(deps, trx, by, { action: 'review.round_closed', subjectId, data: {} });
    },

    async isClosed(d: DbOrTrx, subjectId: string) {
      return Boolean((await repo.findRound(d, kind, subjectId))?.closed_at);
    },
    findAssignment: (d: DbOrTrx, id: string) => repo.findAssignment(d, kind, id),
    /** Every assignment of a subject, whatever its status. */
    assignmentsOf: (d: DbOrTrx, subjectId: string) => repo.listAssignments(d, kind, { subjectId }),
    /** A reviewer's workspace: their assignments of this kind. */
    assignmentsFor: (d: DbOrTrx, reviewerUserId: string) => repo.listAssignments(d, kind, { reviewerUserId }),
    /** The reviews that count: those of active assignments. */
    reviewsOf: (d: DbOrTrx, subjectId: string) =>
      repo.listReviews(d, kind, subjectId) as Promise<StoredReview<P>[]>,
  };
}
