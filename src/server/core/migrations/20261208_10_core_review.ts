import type { Kysely } from 'kysely';

// Frozen: the kernel's review panel as of 2026-12-08 (ADR 0100). Never edit; add a new migration.
export async function up(db: Kysely<unknown>) {
  // One row per subject under review; it is the round's closing mark.
  await db.schema
    .createTable('core_review_round')
    .addColumn('subject_kind', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .addColumn('closed_by', 'text')
    .addPrimaryKeyConstraint('core_review_round_pk', ['subject_kind', 'subject_id'])
    .execute();
  await db.schema
    .createTable('core_review_assignment')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('subject_kind', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('reviewer_user_id', 'text', (c) => c.notNull().references('identity_user.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('proposed_by', 'text', (c) => c.notNull())
    .addColumn('proposed_at', 'text', (c) => c.notNull())
    .addColumn('declared_conflicts', 'text')
    .addColumn('decided_at', 'text')
    .execute();
  // A reviewer is proposed once per subject: a declined assignment is not proposed again.
  await db.schema
    .createIndex('core_review_assignment_subject')
    .on('core_review_assignment')
    .columns(['subject_kind', 'subject_id', 'reviewer_user_id'])
    .unique()
    .execute();
  await db.schema
    .createIndex('core_review_assignment_reviewer')
    .on('core_review_assignment')
    .columns(['reviewer_user_id', 'subject_kind'])
    .execute();
  await db.schema
    .createTable('core_review')
    .addColumn('assignment_id', 'text', (c) => c.primaryKey().references('core_review_assignment.id'))
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('submitted_at', 'text', (c) => c.notNull())
    .addColumn('revised_at', 'text')
    .execute();
  // A reviewer's standing declarations (employer, former student, family), read by every module's conflict rules.
  await db.schema
    .createTable('core_review_relation')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('identity_user.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('party', 'text', (c) => c.notNull())
    .addColumn('detail', 'text', (c) => c.notNull())
    .addColumn('declared_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('core_review_relation_user')
    .on('core_review_relation')
    .column('user_id')
    .execute();
}
