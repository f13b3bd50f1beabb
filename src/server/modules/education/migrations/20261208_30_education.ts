import type { Kysely } from 'kysely';

/** The SCO University network and the grant calls (issue 12). Frozen: imports no app code. */
export async function up(db: Kysely<unknown>) {
  await db.schema
    .createTable('education_university')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('country', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('fields', 'text', (c) => c.notNull())
    .addColumn('demo', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('education_programme')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('university_id', 'text', (c) => c.notNull().references('education_university.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('field', 'text', (c) => c.notNull())
    .addColumn('level', 'integer', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('duration_months', 'integer', (c) => c.notNull())
    .addColumn('places', 'integer', (c) => c.notNull())
    .addColumn('demo', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('education_agreement')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('sending_university_id', 'text', (c) => c.notNull().references('education_university.id'))
    .addColumn('receiving_university_id', 'text', (c) => c.notNull().references('education_university.id'))
    .addColumn('field', 'text', (c) => c.notNull())
    .addColumn('level', 'integer', (c) => c.notNull())
    .addColumn('academic_year', 'text', (c) => c.notNull())
    .addColumn('mobilities_per_year', 'integer', (c) => c.notNull())
    .addColumn('demo', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('education_officer')
    .addColumn('user_id', 'text', (c) => c.notNull().references('identity_user.id'))
    .addColumn('university_id', 'text', (c) => c.notNull().references('education_university.id'))
    .addPrimaryKeyConstraint('education_officer_pk', ['user_id', 'university_id'])
    .execute();
  await db.schema
    .createTable('education_call')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('fields', 'text', (c) => c.notNull())
    .addColumn('levels', 'text', (c) => c.notNull())
    .addColumn('max_choices', 'integer', (c) => c.notNull())
    .addColumn('min_language_level', 'text')
    .addColumn('opens_at', 'text', (c) => c.notNull())
    .addColumn('closes_at', 'text', (c) => c.notNull())
    .addColumn('nomination_deadline', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('education_call_place')
    .addColumn('call_id', 'text', (c) => c.notNull().references('education_call.id'))
    .addColumn('programme_id', 'text', (c) => c.notNull().references('education_programme.id'))
    .addColumn('places', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('education_call_place_pk', ['call_id', 'programme_id'])
    .execute();
  await db.schema
    .createTable('education_call_quota')
    .addColumn('call_id', 'text', (c) => c.notNull().references('education_call.id'))
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('quota', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('education_call_quota_pk', ['call_id', 'state'])
    .execute();
  await db.schema
    .createTable('education_applicant')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('identity_user.id'))
    .addColumn('nationality', 'text', (c) => c.notNull())
    .addColumn('birth_date', 'text', (c) => c.notNull())
    .addColumn('verify_token_hash', 'text')
    .addColumn('verified_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  // Personal columns are nulled by erasure; state, choices and status stay for the award counts.
  await db.schema
    .createTable('education_application')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('call_id', 'text', (c) => c.notNull().references('education_call.id'))
    .addColumn('applicant_id', 'text', (c) => c.references('identity_user.id'))
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('choices', 'text', (c) => c.notNull())
    .addColumn('language_level', 'text')
    .addColumn('degree', 'text')
    .addColumn('statement', 'text')
    .addColumn('documents', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('rank', 'integer')
    .addColumn('submitted_at', 'text', (c) => c.notNull())
    .addColumn('erased_at', 'text')
    .execute();
  await db.schema
    .createIndex('education_application_one_per_call')
    .on('education_application')
    .columns(['call_id', 'applicant_id'])
    .unique()
    .execute();
  await db.schema
    .createIndex('education_application_by_state')
    .on('education_application')
    .columns(['call_id', 'state', 'rank'])
    .execute();
  await db.schema
    .createTable('education_offer')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('call_id', 'text', (c) => c.notNull().references('education_call.id'))
    .addColumn('application_id', 'text', (c) => c.notNull().references('education_application.id'))
    .addColumn('programme_id', 'text', (c) => c.notNull().references('education_programme.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('decided_at', 'text')
    .execute();
  await db.schema
    .createIndex('education_offer_once')
    .on('education_offer')
    .columns(['application_id', 'programme_id'])
    .unique()
    .execute();
  await db.schema
    .createIndex('education_offer_by_programme')
    .on('education_offer')
    .columns(['call_id', 'programme_id', 'status'])
    .execute();
  // The embedded default's local outbox: the verification mail, shown only to its addressee.
  await db.schema
    .createTable('education_outbox')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('to_email', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text', (c) => c.notNull())
    .execute();
}
