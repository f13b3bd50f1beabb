import type { Kysely } from 'kysely';
import { copyLegacyFiles } from '../../../core/migrations/20261201_10_core_files';

interface Tables {
  plans_evidence: {
    id: string;
    report_id: string;
    plan_id: string;
    filename: string;
    media_type: string;
    size: number | string;
    sha256: string;
    content: Uint8Array;
    uploaded_by: string;
    uploaded_at: string;
  };
  plans_report: { id: string; state_code: string };
}

// Frozen: evidence moves into core_file under its own id; the module keeps the report and plan it belongs to.
export async function up(db: Kysely<unknown>) {
  const k = db as Kysely<Tables>;
  const rows = await k
    .selectFrom('plans_evidence as e')
    .innerJoin('plans_report as r', 'r.id', 'e.report_id')
    .select([
      'e.id',
      'e.report_id',
      'e.filename',
      'e.media_type',
      'e.size',
      'e.sha256',
      'e.uploaded_by',
      'e.uploaded_at',
      'r.state_code',
    ])
    .orderBy('e.id')
    .execute();
  await copyLegacyFiles(
    db,
    rows.map(({ report_id, state_code, ...r }) => ({
      ...r,
      use: 'plans.evidence',
      owner_module: 'plans',
      owner_record: report_id,
      // Only a mandate holder of the reporting state could attach evidence.
      acting_for: state_code,
    })),
    async (id) =>
      (await k.selectFrom('plans_evidence').select('content').where('id', '=', id).executeTakeFirstOrThrow())
        .content,
  );
  for (const column of ['filename', 'media_type', 'size', 'sha256', 'content', 'uploaded_by', 'uploaded_at'])
    await db.schema.alterTable('plans_evidence').dropColumn(column).execute();
}
