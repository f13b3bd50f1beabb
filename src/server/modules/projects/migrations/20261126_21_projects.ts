import type { Kysely } from 'kysely';

// Frozen: the projects module's tables as of 2026-11-26. Never edit; add a new migration.
export async function up(db: Kysely<unknown>) {
  await db.schema
    .createTable('projects_organisation')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('country', 'text', (c) => c.notNull())
    .addColumn('website', 'text')
    .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .execute();
  await db.schema
    .createIndex('projects_organisation_country')
    .on('projects_organisation')
    .columns(['country', 'name'])
    .execute();

  await db.schema
    .createTable('projects_project')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('expected_results', 'text', (c) => c.notNull())
    .addColumn('sector', 'text', (c) => c.notNull())
    .addColumn('locations', 'text', (c) => c.notNull())
    // Minor units as decimal text: exact on both engines, and never summed in SQL.
    .addColumn('cost_minor', 'text', (c) => c.notNull())
    .addColumn('cost_currency', 'text', (c) => c.notNull())
    .addColumn('proposing_state', 'text')
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('public', 'integer', (c) => c.notNull())
    .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('planned_start', 'text')
    .addColumn('planned_end', 'text')
    .addColumn('approval_decision_id', 'text')
    .addColumn('approval_result', 'text')
    .addColumn('approval_number', 'text')
    .addColumn('approval_closed_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('projects_project_stage')
    .on('projects_project')
    .columns(['stage', 'id'])
    .execute();
  await db.schema
    .createIndex('projects_project_public')
    .on('projects_project')
    .columns(['public', 'id'])
    .execute();
  await db.schema
    .createIndex('projects_project_approval')
    .on('projects_project')
    .column('approval_decision_id')
    .execute();

  await db.schema
    .createTable('projects_country')
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects_project.id'))
    .addColumn('state_code', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('projects_country_pk', ['project_id', 'state_code'])
    .execute();
  await db.schema
    .createIndex('projects_country_state')
    .on('projects_country')
    .columns(['state_code', 'project_id'])
    .execute();

  await db.schema
    .createTable('projects_sponsor')
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects_project.id'))
    .addColumn('party', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('projects_sponsor_pk', ['project_id', 'party'])
    .execute();

  await db.schema
    .createTable('projects_stage_change')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects_project.id'))
    .addColumn('from_stage', 'text', (c) => c.notNull())
    .addColumn('to_stage', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('decision_id', 'text')
    .addColumn('changed_at', 'text', (c) => c.notNull())
    .addColumn('changed_by', 'text')
    .execute();
  await db.schema
    .createIndex('projects_stage_change_project')
    .on('projects_stage_change')
    .columns(['project_id', 'id'])
    .execute();

  await db.schema
    .createTable('projects_checklist')
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects_project.id'))
    .addColumn('item', 'text', (c) => c.notNull())
    .addColumn('document_ref', 'text')
    .addColumn('answer', 'text')
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('projects_checklist_pk', ['project_id', 'item'])
    .execute();

  await db.schema
    .createTable('projects_interest')
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects_project.id'))
    .addColumn('state_code', 'text', (c) => c.notNull())
    .addColumn('expressed_at', 'text', (c) => c.notNull())
    .addColumn('expressed_by', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('projects_interest_pk', ['project_id', 'state_code'])
    .execute();

  await db.schema
    .createTable('projects_comment')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects_project.id'))
    .addColumn('parent_id', 'text', (c) => c.references('projects_comment.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('author_user_id', 'text', (c) => c.notNull())
    .addColumn('author_email', 'text', (c) => c.notNull())
    .addColumn('state_code', 'text')
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('projects_comment_project')
    .on('projects_comment')
    .columns(['project_id', 'id'])
    .execute();

  await db.schema
    .createTable('projects_milestone')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects_project.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('due_date', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('evidence_text', 'text')
    .addColumn('evidence_url', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .execute();
  await db.schema
    .createIndex('projects_milestone_project')
    .on('projects_milestone')
    .columns(['project_id', 'due_date'])
    .execute();

  await db.schema
    .createTable('projects_indicator')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects_project.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('baseline', 'text', (c) => c.notNull())
    .addColumn('target', 'text', (c) => c.notNull())
    .addColumn('actual', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .execute();
  await db.schema
    .createIndex('projects_indicator_project')
    .on('projects_indicator')
    .columns(['project_id', 'id'])
    .execute();
}
