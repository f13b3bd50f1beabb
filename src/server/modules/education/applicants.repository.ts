import { tables, type DbOrTrx } from '../../core/db/database';

export interface ApplicantTables {
  education_applicant: {
    user_id: string;
    nationality: string;
    birth_date: string;
    verify_token_hash: string | null;
    verified_at: string | null;
    created_at: string;
  };
  education_outbox: { id: string; to_email: string; subject: string; text: string; sent_at: string };
  identity_user: { id: string; email: string; display_name: string };
}

const db = (d: DbOrTrx) => tables<ApplicantTables>(d);

export async function insertApplicant(d: DbOrTrx, row: ApplicantTables['education_applicant']) {
  await db(d).insertInto('education_applicant').values(row).execute();
}

export async function findApplicant(d: DbOrTrx, userId: string) {
  return db(d)
    .selectFrom('education_applicant as a')
    .innerJoin('identity_user as u', 'u.id', 'a.user_id')
    .select(['a.user_id', 'a.nationality', 'a.birth_date', 'a.verified_at', 'u.email', 'u.display_name'])
    .where('a.user_id', '=', userId)
    .executeTakeFirst();
}

/** The names and addresses of applicants, for those allowed to see their applications. */
export async function applicantNames(d: DbOrTrx, userIds: readonly string[]) {
  const out = new Map<string, { displayName: string; email: string }>();
  for (let i = 0; i < userIds.length; i += 1000) {
    const rows = await db(d)
      .selectFrom('identity_user')
      .select(['id', 'email', 'display_name'])
      .where('id', 'in', userIds.slice(i, i + 1000))
      .execute();
    for (const r of rows) out.set(r.id, { displayName: r.display_name, email: r.email });
  }
  return out;
}

/** Marks the applicant holding this token verified; the token is spent. */
export async function verifyByToken(d: DbOrTrx, tokenHash: string, at: string) {
  const row = await db(d)
    .selectFrom('education_applicant')
    .select('user_id')
    .where('verify_token_hash', '=', tokenHash)
    .executeTakeFirst();
  if (!row) return undefined;
  await db(d)
    .updateTable('education_applicant')
    .set({ verified_at: at, verify_token_hash: null })
    .where('user_id', '=', row.user_id)
    .execute();
  return row.user_id;
}

export async function deleteApplicant(d: DbOrTrx, userId: string, email: string) {
  await db(d).deleteFrom('education_applicant').where('user_id', '=', userId).execute();
  await db(d).deleteFrom('education_outbox').where('to_email', '=', email).execute();
}

export async function insertMail(d: DbOrTrx, row: ApplicantTables['education_outbox']) {
  await db(d).insertInto('education_outbox').values(row).execute();
}

export async function mailTo(d: DbOrTrx, email: string) {
  const rows = await db(d)
    .selectFrom('education_outbox')
    .selectAll()
    .where('to_email', '=', email)
    .orderBy('sent_at', 'desc')
    .execute();
  return rows.map((r) => ({ id: r.id, to: r.to_email, subject: r.subject, text: r.text, sentAt: r.sent_at }));
}
