import type { Kysely } from 'kysely';
import { copyLegacyFiles } from '../../../core/migrations/20261201_10_core_files';

interface Tables {
  decisions_attachment: {
    id: string;
    decision_id: string;
    filename: string;
    media_type: string;
    size: number | string;
    sha256: string;
    content: Uint8Array;
    uploaded_by: string;
    uploaded_at: string;
  };
  core_audit_entry: { action: string; acting_for: string | null; data: string };
}

// Frozen: attachments move into core_file under their own id; the module keeps which decision holds them.
export async function up(db: Kysely<unknown>) {
  const k = db as Kysely<Tables>;
  const actingFor = new Map<string, string | null>();
  const audit = await k
    .selectFrom('core_audit_entry')
    .select(['acting_for', 'data'])
    .where('action', '=', 'decisions.attachment_added')
    .execute();
  for (const a of audit) {
    const id = (JSON.parse(a.data) as { attachmentId?: string }).attachmentId;
    if (id) actingFor.set(id, a.acting_for);
  }
  const rows = await k
    .selectFrom('decisions_attachment')
    .select(['id', 'decision_id', 'filename', 'media_type', 'size', 'sha256', 'uploaded_by', 'uploaded_at'])
    .orderBy('id')
    .execute();
  await copyLegacyFiles(
    db,
    rows.map(({ decision_id, ...r }) => ({
      ...r,
      use: 'decisions.attachment',
      owner_module: 'decisions',
      owner_record: decision_id,
      acting_for: actingFor.get(r.id) ?? null,
    })),
    async (id) =>
      (
        await k
          .selectFrom('decisions_attachment')
          .select('content')
          .where('id', '=', id)
          .executeTakeFirstOrThrow()
      ).content,
  );
  for (const column of ['filename', 'media_type', 'size', 'sha256', 'content', 'uploaded_by', 'uploaded_at'])
    await db.schema.alterTable('decisions_attachment').dropColumn(column).execute();
}
