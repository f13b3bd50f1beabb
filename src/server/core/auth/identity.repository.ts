import { compiledQuery } from '../db/compiled';
import { tables, toNumber, type DbOrTrx } from '../db/database';
import { isActive, type Mandate, type Role } from './actor';

export interface IdentityTables {
  identity_user: {
    id: string;
    email: string;
    display_name: string;
    password_hash: string;
    disabled: number;
    created_at: string;
  };
  identity_mandate: {
    id: string;
    user_id: string;
    state_code: string | null;
    role: string;
    valid_from: string;
    valid_to: string | null;
    granted_by: string | null;
    created_at: string;
  };
  identity_session: {
    id_hash: string;
    user_id: string;
    csrf_token: string;
    created_at: string;
    expires_at: string;
  };
  identity_token: {
    id: string;
    user_id: string;
    label: string;
    token_hash: string;
    created_at: string;
    revoked_at: string | null;
  };
  identity_login_attempt: { id: string; email: string; address: string; at: string; success: number };
}

export interface User {
  id: string;
  email: string;
  displayName: string;
  disabled: boolean;
  createdAt: string;
}

const db = (d: DbOrTrx) => tables<IdentityTables>(d);

function toUser(r: IdentityTables['identity_user']): User {
  return {
    id: r.id,
    email: r.email,
    displayName: r.display_name,
    disabled: !!toNumber(r.disabled),
    createdAt: r.created_at,
  };
}

function toMandate(r: IdentityTables['identity_mandate']): Mandate {
  return {
    id: r.id,
    userId: r.user_id,
    stateCode: r.state_code,
    role: r.role as Role,
    validFrom: r.valid_from,
    validTo: r.valid_to,
  };
}

export async function findUserByEmail(d: DbOrTrx, email: string) {
  const r = await db(d)
    .selectFrom('identity_user')
    .selectAll()
    .where('email', '=', email.toLowerCase())
    .executeTakeFirst();
  return r ? { user: toUser(r), passwordHash: r.password_hash } : undefined;
}

// The queries that resolve the caller of every authenticated request, compiled once (core/db/compiled.ts).
const userById = compiledQuery((d, id: string) =>
  db(d).selectFrom('identity_user').selectAll().where('id', '=', id),
);
const mandatesOfUser = compiledQuery((d, userId: string) =>
  db(d).selectFrom('identity_mandate').selectAll().where('user_id', '=', userId).orderBy('valid_from'),
);
const sessionByHash = compiledQuery((d, idHash: string) =>
  db(d).selectFrom('identity_session').selectAll().where('id_hash', '=', idHash),
);
const liveTokenByHash = compiledQuery((d, hash: string) =>
  db(d)
    .selectFrom('identity_token')
    .selectAll()
    .where('token_hash', '=', hash)
    .where('revoked_at', 'is', null),
);

export async function findUser(d: DbOrTrx, id: string): Promise<User | undefined> {
  const [r] = await userById(d, id);
  return r ? toUser(r) : undefined;
}

export async function listUsers(d: DbOrTrx): Promise<User[]> {
  return (await db(d).selectFrom('identity_user').selectAll().orderBy('email').execute()).map(toUser);
}

export async function insertUser(
  d: DbOrTrx,
  u: { id: string; email: string; displayName: string; passwordHash: string; createdAt: string },
) {
  await db(d)
    .insertInto('identity_user')
    .values({
      id: u.id,
      email: u.email.toLowerCase(),
      display_name: u.displayName,
      password_hash: u.passwordHash,
      disabled: 0,
      created_at: u.createdAt,
    })
    .execute();
}

export async function insertMandate(
  d: DbOrTrx,
  m: Mandate & { grantedBy: string | null; createdAt: string },
) {
  await db(d)
    .insertInto('identity_mandate')
    .values({
      id: m.id,
      user_id: m.userId,
      state_code: m.stateCode,
      role: m.role,
      valid_from: m.validFrom,
      valid_to: m.validTo,
      granted_by: m.grantedBy,
      created_at: m.createdAt,
    })
    .execute();
}

export async function listMandates(d: DbOrTrx, userIds: string[]): Promise<Mandate[]> {
  if (userIds.length === 0) return [];
  return (
    await db(d)
      .selectFrom('identity_mandate')
      .selectAll()
      .where('user_id', 'in', userIds)
      .orderBy('valid_from')
      .execute()
  ).map(toMandate);
}

export async function activeMandates(d: DbOrTrx, userId: string, day: string): Promise<Mandate[]> {
  return (await mandatesOfUser(d, userId)).map(toMandate).filter((m) => isActive(m, day));
}

export async function insertSession(d: DbOrTrx, s: IdentityTables['identity_session']) {
  await db(d).insertInto('identity_session').values(s).execute();
}

export async function findSession(d: DbOrTrx, idHash: string) {
  const [r] = await sessionByHash(d, idHash);
  return r;
}

export async function deleteSession(d: DbOrTrx, idHash: string) {
  await db(d).deleteFrom('identity_session').where('id_hash', '=', idHash).execute();
}

export async function insertToken(d: DbOrTrx, t: IdentityTables['identity_token']) {
  await db(d).insertInto('identity_token').values(t).execute();
}

export async function findTokenByHash(d: DbOrTrx, hash: string) {
  const [r] = await liveTokenByHash(d, hash);
  return r;
}

export async function listTokens(d: DbOrTrx, userId: string) {
  return db(d)
    .selectFrom('identity_token')
    .select(['id', 'label', 'created_at', 'revoked_at'])
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .execute();
}

export async function revokeToken(d: DbOrTrx, userId: string, id: string, at: string): Promise<boolean> {
  const r = await db(d)
    .updateTable('identity_token')
    .set({ revoked_at: at })
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return toNumber(r.numUpdatedRows) > 0;
}

export async function insertLoginAttempt(d: DbOrTrx, a: IdentityTables['identity_login_attempt']) {
  await db(d).insertInto('identity_login_attempt').values(a).execute();
}

/** Users who hold a mandate for a state (or, with null, for the Secretariat) in one of the roles today. */
export async function listUsersActingFor(
  d: DbOrTrx,
  stateCode: string | null,
  roles: readonly Role[],
  day: string,
): Promise<User[]> {
  let q = db(d)
    .selectFrom('identity_mandate')
    .innerJoin('identity_user', 'identity_user.id', 'identity_mandate.user_id')
    .selectAll('identity_user')
    .where('identity_mandate.role', 'in', [...roles])
    .where('identity_mandate.valid_from', '<=', day)
    .where((eb) =>
      eb.or([eb('identity_mandate.valid_to', 'is', null), eb('identity_mandate.valid_to', '>=', day)]),
    )
    .where('identity_user.disabled', '=', 0);
  q =
    stateCode === null
      ? q.where('identity_mandate.state_code', 'is', null)
      : q.where('identity_mandate.state_code', '=', stateCode);
  const rows = await q.execute();
  return [...new Map(rows.map((r) => [r.id, toUser(r)])).values()];
}
