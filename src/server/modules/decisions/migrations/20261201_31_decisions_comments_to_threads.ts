import { sql, type Kysely } from 'kysely';

// Frozen: the decisions' discussion moves into the kernel's threads (every comment keeps its id, author,
// state, time and text, as version 1), and decisions_comment goes. Never edit; add a new migration.
export async function up(db: Kysely<unknown>) {
  await sql`
    INSERT INTO core_thread_post
      (id, owner_module, owner_id, parent_id, kind, author_user_id, author_email, state_code, body,
       version, created_at)
    SELECT c.id, 'decisions', c.decision_id,
           CASE WHEN c.parent_id IN (SELECT p.id FROM decisions_comment p) THEN c.parent_id END,
           'comment', c.author_user_id, c.author_email, c.state_code, c.body, 1, c.created_at
    FROM decisions_comment c
  `.execute(db);
  await sql`
    INSERT INTO core_thread_post_version
      (post_id, version, body, author_user_id, author_email, state_code, written_at)
    SELECT id, 1, body, author_user_id, author_email, state_code, created_at FROM decisions_comment
  `.execute(db);
  await db.schema.dropTable('decisions_comment').execute();
}
