import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../db/database';
import type { AuditLog } from '../audit/audit';
import { newId } from '../ids';
import { AuthErrors, today, type Actor, type Mandate } from './actor';
import * as repo from './identity.repository';
import { underLoginLimits } from './login-limits';
import { hashPassword, verifyPassword } from './passwords';

export interface AuthDeps {
  db: Db;
  audit: AuditLog;
}

export const SESSION_HOURS = 12;

export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

function secret(prefix = ''): string {
  return prefix + randomBytes(32).toString('base64url');
}

/** Checks a password under the login limits (login-limits.ts); every try is kept in the login history. */
async function checkCredentials(
  deps: AuthDeps,
  email: string,
  password: string,
  address: string,
  opts: { recordSuccess: boolean } = { recordSuccess: true },
) {
  const normalized = email.trim().toLowerCase();
  let found: Awaited<ReturnType<typeof repo.findUserByEmail>>;
  const ok = await underLoginLimits(deps.db, normalized, address, async () => {
    found = await repo.findUserByEmail(deps.db, normalized);
    return (await verifyPassword(found?.passwordHash, password)) && !!found && !found.user.disabled;
  });
  if (!ok || opts.recordSuccess) {
    await repo.insertLoginAttempt(deps.db, {
      id: newId(),
      email: normalized,
      address,
      at: new Date().toISOString(),
      success: ok ? 1 : 0,
    });
  }
  if (!ok || !found) throw AuthErrors.invalidCredentials();
  return found.user;
}

export async function login(deps: AuthDeps, input: { email: string; password: string }, address: string) {
  const user = await checkCredentials(deps, input.email, input.password, address);
  const sessionId = secret();
  const csrfToken = secret();
  const now = new Date();
  await deps.db.transaction().execute(async (trx) => {
    await repo.insertSession(trx, {
      id_hash: sha256(sessionId),
      user_id: user.id,
      csrf_token: csrfToken,
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + SESSION_HOURS * 3600_000).toISOString(),
    });
    await deps.audit.record(trx, { userId: user.id, email: user.email } as Actor, {
      action: 'auth.session_started',
      targetType: 'user',
      targetId: user.id,
      actingFor: null,
      data: { address },
    });
  });
  return { sessionId, csrfToken, maxAgeSeconds: SESSION_HOURS * 3600 };
}

export async function logout(deps: AuthDeps, actor: Actor) {
  if (!actor.sessionId) return;
  await deps.db.transaction().execute(async (trx) => {
    await repo.deleteSession(trx, sha256(actor.sessionId!));
    await deps.audit.record(trx, actor, {
      action: 'auth.session_ended',
      targetType: 'user',
      targetId: actor.userId,
      actingFor: null,
    });
  });
}

export async function createToken(
  deps: AuthDeps,
  input: { email: string; password: string; label: string },
  address: string,
) {
  const user = await checkCredentials(deps, input.email, input.password, address);
  const token = secret('sco_');
  const row = {
    id: newId(),
    user_id: user.id,
    label: input.label,
    token_hash: sha256(token),
    created_at: new Date().toISOString(),
    revoked_at: null,
  };
  await deps.db.transaction().execute(async (trx) => {
    await repo.insertToken(trx, row);
    await deps.audit.record(trx, { userId: user.id, email: user.email } as Actor, {
      action: 'auth.token_created',
      targetType: 'token',
      targetId: row.id,
      actingFor: null,
      data: { label: input.label },
    });
  });
  return { id: row.id, token, label: row.label, createdAt: row.created_at };
}

export async function revokeToken(deps: AuthDeps, actor: Actor, id: string): Promise<boolean> {
  return deps.db.transaction().execute(async (trx) => {
    const done = await repo.revokeToken(trx, actor.userId, id, new Date().toISOString());
    if (done) {
      await deps.audit.record(trx, actor, {
        action: 'auth.token_revoked',
        targetType: 'token',
        targetId: id,
        actingFor: null,
      });
    }
    return done;
  });
}

async function actorFor(db: Db, userId: string, via: Actor['via']): Promise<Actor | null> {
  const user = await repo.findUser(db, userId);
  if (!user || user.disabled) return null;
  const mandates: Mandate[] = await repo.activeMandates(db, userId, today());
  return { userId: user.id, email: user.email, displayName: user.displayName, mandates, via };
}

/** The caller's own personal access tokens, newest first as stored; never the secret. */
export async function listTokens(db: Db, userId: string) {
  return (await repo.listTokens(db, userId)).map((t) => ({
    id: t.id,
    label: t.label,
    createdAt: t.created_at,
    revokedAt: t.revoked_at,
  }));
}

export async function resolveSession(db: Db, sessionId: string): Promise<Actor | null> {
  const s = await repo.findSession(db, sha256(sessionId));
  if (!s || s.expires_at <= new Date().toISOString()) return null;
  const actor = await actorFor(db, s.user_id, 'session');
  return actor && { ...actor, sessionId, csrfToken: s.csrf_token };
}

export async function resolveToken(db: Db, token: string): Promise<Actor | null> {
  const t = await repo.findTokenByHash(db, sha256(token));
  return t ? actorFor(db, t.user_id, 'token') : null;
}

/**
 * HTTP Basic for protocols whose clients know nothing else (TAXII 2.1): the email and password are
 * checked under the same login limits as a sign-in; null when they do not match. Such clients send
 * the password with every request, so only failures are recorded (a read stays a read).
 */
export async function resolveBasic(
  deps: AuthDeps,
  email: string,
  password: string,
  address: string,
): Promise<Actor | null> {
  try {
    const user = await checkCredentials(deps, email, password, address, { recordSuccess: false });
    return actorFor(deps.db, user.id, 'basic');
  } catch (err) {
    if ((err as { code?: string }).code === AuthErrors.invalidCredentials.code) return null;
    throw err;
  }
}

export { hashPassword };

/** The actor behind an email, as of today: seeds of demo content act through it. */
export async function actorForEmail(db: Db, email: string): Promise<Actor | null> {
  const found = await repo.findUserByEmail(db, email);
  return found ? actorFor(db, found.user.id, 'token') : null;
}
