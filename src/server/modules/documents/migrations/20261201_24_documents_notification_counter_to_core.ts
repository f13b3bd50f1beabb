import { sql, type Kysely } from 'kysely';

// Frozen: the depositary notification numbers move onto the kernel's register numbers (ADR 0010) with
// their counters, so numbering goes on where it stood. Never edit; add a new migration.
export async function up(db: Kysely<unknown>) {
  await sql`
    insert into core_register (series, year, last_number)
    select 'documents.notification:' || depositary, year, last_seq from documents_notification_counter
  `.execute(db);
  await db.schema.dropTable('documents_notification_counter').execute();
}
