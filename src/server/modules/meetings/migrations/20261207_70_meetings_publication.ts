import type { Kysely } from 'kysely';

// Frozen: when and by whom a meeting's agenda and minutes were published (issue 15).
export async function up(db: Kysely<unknown>) {
  for (const column of [
    'agenda_published_at',
    'agenda_published_by',
    'minutes_published_at',
    'minutes_published_by',
  ]) {
    await db.schema.alterTable('meetings_meeting').addColumn(column, 'text').execute();
  }
}
