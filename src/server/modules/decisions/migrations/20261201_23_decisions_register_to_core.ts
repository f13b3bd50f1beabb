import { sql, type Kysely } from 'kysely';

// Frozen: the decision registers move onto the kernel's register numbers (ADR 0010) with their
// counters, so numbering goes on where it stood. Never edit; add a new migration.
export async function up(db: Kysely<unknown>) {
  await sql`
    insert into core_register (series, year, last_number)
    select 'decisions.register:' || body_code, year, last_number from decisions_register
  `.execute(db);
  await db.schema.dropTable('decisions_register').execute();
}
