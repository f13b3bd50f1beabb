import { tables, toNumber, type DbOrTrx, type Trx } from '../db/database';

export interface ReviewTables {
  core_review_round: {
    subject_kind: string;
    subject_id: string;
    closed_at: string | null;
    closed_by: string | null;
  };
  core_review_assignment: {
    id: string;
    subject_kind: string;
    subject_id: string;
    reviewer_user_id: string;
    status: AssignmentStatus;
    proposed_by: string;
    proposed_at: string;
    declared_conflicts: string | null;
    decided_at: string | null;
  };
  core_review: {
    assignment_id: string;
    payload: string;
    version: number;
    submitted_at: string;
    revised_at: string | null;
  };
  core_review_relation: {
    id: string;
    user_id: string;
    kind: string;
    party: string;
    detail: string;
    declared_at: string;
  };
  identity_user: { id: string; email: string; disabled: number | boolean };
  identity_mandate: {
    user_id: string;
    state_code: string | null;
    valid_from: string;
    valid_to: string | null;
  };
}

export type AssignmentStatus = 'proposed' | 'active' | 'declined' | 'withdrawn';

/** What a conflict is: its kind (`nominating_state`, `same_university`, `relation`) and a free text. */
export interface ConflictInput {
  kind: string;
  detail: string;
}

export interface Assignment {
  id: string;
  subjectKind: string;
  subjectId: string;
  reviewerUserId: string;
  status: AssignmentStatus;
  proposedBy: string;
  proposedAt: string;
  /** What the reviewer declared: null before the declaration, [] for "no conflict". */
  declaredConflicts: ConflictInput[] | null;
  decidedAt: string | null;
}

export interface StoredReview<P = unknown> {
  assignmentId: string;
  reviewerUserId: string;
  payload: P;
  version: number;
  submittedAt: string;
  revisedAt: string | null;
}

export interface Relation extends ConflictInput {
  id: string;
  /** Whom the relation is with, as the module's rules match it: a state code, a university id, a user id. */
  party: string;
  declaredAt: string;
}

const db = (d: DbOrTrx) => tables<ReviewTables>(d);

function toAssignment(r: ReviewTables['core_review_assignment']): Assignment {
  return {
    id: r.id,
    subjectKind: r.subject_kind,
    subjectId: r.subject_id,
    reviewerUserId: r.reviewer_user_id,
    status: r.status,
    proposedBy: r.proposed_by,
    proposedAt: r.proposed_at,
    declaredConflicts:
      r.declared_conflicts === null ? null : (JSON.parse(r.declared_conflicts) as ConflictInput[]),
    decidedAt: r.decided_at,
  };
}

export async function findAssignment(d: DbOrTrx, kind: string, id: string) {
  const r = await db(d)
    .selectFrom('core_review_assignment')
    .selectAll()
    .where('id', '=', id)
    .where('subject_kind', '=', kind)
    .executeTakeFirst();
  return r && toAssignment(r);
}

export async function findAssignmentOf(d: DbOrTrx, kind: string, subjectId: string, userId: string) {
  const r = await db(d)
    .selectFrom('core_review_assignment')
    .selectAll()
    .where('subject_kind', '=', kind)
    .where('subject_id', '=', subjectId)
    .where('reviewer_user_id', '=', userId)
    .executeTakeFirst();
  return r && toAssignment(r);
}

export async function listAssignments(
  d: DbOrTrx,
  kind: string,
  by: { subjectId: string } | { reviewerUserId: string },
) {
  let q = db(d).selectFrom('core_review_assignment').selectAll().where('subject_kind', '=', kind);
  q =
    'subjectId' in by
      ? q.where('subject_id', '=', by.subjectId)
      : q.where('reviewer_user_id', '=', by.reviewerUserId);
  return (await q.orderBy('proposed_at').orderBy('id').execute()).map(toAssignment);
}

export async function insertAssignment(trx: Trx, a: Assignment) {
  await db(trx)
    .insertInto('core_review_assignment')
    .values({
      id: a.id,
      subject_kind: a.subjectKind,
      subject_id: a.subjectId,
      reviewer_user_id: a.reviewerUserId,
      status: a.status,
      proposed_by: a.proposedBy,
      proposed_at: a.proposedAt,
      declared_conflicts: null,
      decided_at: null,
    })
    .execute();
}

export async function decideAssignment(
  trx: Trx,
  id: string,
  from: AssignmentStatus,
  to: { status: AssignmentStatus; declared?: ConflictInput[]; at: string },
): Promise<boolean> {
  const r = await db(trx)
    .updateTable('core_review_assignment')
    .set({
      status: to.status,
      decided_at: to.at,
      ...(to.declared ? { declared_conflicts: JSON.stringify(to.declared) } : {}),
    })
    .where('id', '=', id)
    .where('status', '=', from)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** The round's row, created open on first use; its `closed_at` ends the round. */
export async function findRound(d: DbOrTrx, kind: string, subjectId: string) {
  return db(d)
    .selectFrom('core_review_round')
    .selectAll()
    .where('subject_kind', '=', kind)
    .where('subject_id', '=', subjectId)
    .executeTakeFirst();
}

export async function closeRound(trx: Trx, kind: string, subjectId: string, at: string, by: string) {
  await db(trx)
    .insertInto('core_review_round')
    .values({ subject_kind: kind, subject_id: subjectId, closed_at: at, closed_by: by })
    .onConflict((oc) =>
      oc.columns(['subject_kind', 'subject_id']).doUpdateSet({ closed_at: at, closed_by: by }),
    )
    .execute();
}

export async function listReviews(d: DbOrTrx, kind: string, subjectId: string): Promise<StoredReview[]> {
  const rows = await db(d)
    .selectFrom('core_review as r')
    .innerJoin('core_review_assignment as a', 'a.id', 'r.assignment_id')
    .select([
      'r.assignment_id',
      'a.reviewer_user_id',
      'r.payload',
      'r.version',
      'r.submitted_at',
      'r.revised_at',
    ])
    .where('a.subject_kind', '=', kind)
    .where('a.subject_id', '=', subjectId)
    .where('a.status', '=', 'active')
    .orderBy('r.submitted_at')
    .orderBy('r.assignment_id')
    .execute();
  return rows.map((r) => ({
    assignmentId: r.assignment_id,
    reviewerUserId: r.reviewer_user_id,
    payload: JSON.parse(r.payload) as unknown,
    version: toNumber(r.version),
    submittedAt: r.submitted_at,
    revisedAt: r.revised_at,
  }));
}

export async function findReviewVersion(d: DbOrTrx, assignmentId: string) {
  const r = await db(d)
    .selectFrom('core_review')
    .select('version')
    .where('assignment_id', '=', assignmentId)
    .executeTakeFirst();
  return r && toNumber(r.version);
}

export async function insertReview(trx: Trx, assignmentId: string, payload: unknown, at: string) {
  await db(trx)
    .insertInto('core_review')
    .values({
      assignment_id: assignmentId,
      payload: JSON.stringify(payload),
      version: 1,
      submitted_at: at,
      revised_at: null,
    })
    .execute();
}

/** Replaces the text of a review at the version read; a concurrent revision updates nothing. */
export async function reviseReview(
  trx: Trx,
  assignmentId: string,
  version: number,
  payload: unknown,
  at: string,
) {
  const r = await db(trx)
    .updateTable('core_review')
    .set({ payload: JSON.stringify(payload), version: version + 1, revised_at: at })
    .where('assignment_id', '=', assignmentId)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** The reviewer as the conflict rules see them: e-mail, enabled, states of the mandates valid on `day`. */
export async function findReviewer(d: DbOrTrx, userId: string, day: string) {
  const user = await db(d)
    .selectFrom('identity_user')
    .select(['id', 'email', 'disabled'])
    .where('id', '=', userId)
    .executeTakeFirst();
  if (!user) return undefined;
  const mandates = await db(d)
    .selectFrom('identity_mandate')
    .select('state_code')
    .where('user_id', '=', userId)
    .where('valid_from', '<=', day)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', day)]))
    .execute();
  const states = [...new Set(mandates.flatMap((m) => (m.state_code ? [m.state_code] : [])))].sort();
  return { userId: user.id, email: user.email, disabled: Boolean(toNumber(user.disabled)), states };
}

export async function listRelations(d: DbOrTrx, userId: string): Promise<Relation[]> {
  const rows = await db(d)
    .selectFrom('core_review_relation')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('declared_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    party: r.party,
    detail: r.detail,
    declaredAt: r.declared_at,
  }));
}

export async function insertRelation(trx: Trx, userId: string, r: Relation) {
  await db(trx)
    .insertInto('core_review_relation')
    .values({
      id: r.id,
      user_id: userId,
      kind: r.kind,
      party: r.party,
      detail: r.detail,
      declared_at: r.declaredAt,
    })
    .execute();
}
