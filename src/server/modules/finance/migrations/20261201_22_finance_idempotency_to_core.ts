import type { Kysely } from 'kysely';

interface Tables {
  finance_idempotency: {
    scope: string;
    key: string;
    request_hash: string;
    status_code: number;
    response: string;
    created_at: string;
  };
  core_idempotency_key: {
    scope: string;
    key: string;
    request_hash: string;
    status_code: number;
    response: string;
    created_at: string;
    expires_at: string;
  };
}

/** Keys stored before 2026-12-01 were kept forever; they get the default lifetime of that day. */
const TTL_MS = 24 * 3_600_000;

// Frozen: the Idempotency-Key store moves into the kernel (ADR 0010), every answered key with it.
// Never edit; add a new migration.
export async function up(raw: Kysely<unknown>) {
  const db = raw as unknown as Kysely<Tables>;
  const rows = await db
    .selectFrom('finance_idempotency')
    .selectAll()
    .where('status_code', '<>', 0)
    .orderBy('scope')
    .orderBy('key')
    .execute();
  for (let i = 0; i < rows.length; i += 500) {
    await db
      .insertInto('core_idempotency_key')
      .values(
        rows.slice(i, i + 500).map((r) => ({
          ...r,
          status_code: Number(r.status_code),
          expires_at: new Date(Date.parse(r.created_at) + TTL_MS).toISOString(),
        })),
      )
      .execute();
  }
  await db.schema.dropTable('finance_idempotency').execute();
}
