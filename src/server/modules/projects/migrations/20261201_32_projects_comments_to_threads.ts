import { sql, type Kysely } from 'kysely';

// Frozen: the projects' discussion moves into the kernel's threads (every comment keeps its id, kind,
// author, state, time and text, as version 1), and projects_comment goes. Never edit; add a new migration.
export async function up(db: Kysely<unknown>) {
  await sql`
    INSERT INTO core_thread_post
      (id, owner_module, owner_id, parent_id, kind, author_user_id, author_email, state_code, body,
       version, created_at)
    SELECT id, 'projects', project_id, parent_id, kind, author_user_id, author_email, state_code, body,
           1, created_at
    FROM projects_comment
  `.execute(db);
  await sql`
    INSERT INTO core_thread_post_version
      (post_id, version, body, author_user_id, author_email, state_code, written_at)
    SELECT id, 1, body, author_user_id, author_email, state_code, created_at FROM projects_comment
  `.execute(db);
  await db.schema.dropTable('projects_comment').execute();
}
