import type { GrantMandateBody, MandateDto, Role, UserDto } from '../../../contracts/auth';
import type { AuditLog } from '../audit/audit';
import { isUniqueViolation, type Db } from '../db/database';
import { defineError } from '../errors';
import { newId } from '../ids';
import { AuthErrors, isSecretariat, requireStateMandate, type Actor, type Mandate } from './actor';
import * as repo from './identity.repository';
import { hashPassword } from './passwords';

export const UserErrors = {
  emailTaken: defineError<{ email: string }>('identity.email_taken', 409, 'A user with this email exists'),
  userNotFound: defineError('identity.user_not_found', 404, 'No such user'),
  unknownState: defineError<{ state: string }>('identity.unknown_state', 400, 'No such state'),
};

export interface UsersDeps {
  db: Db;
  audit: AuditLog;
  /** Injected by the users module so the kernel does not depend on the states module. */
  stateExists: (code: string) => Promise<boolean>;
}

export function toMandateDto(m: Mandate): MandateDto {
  return { id: m.id, state: m.stateCode, role: m.role, validFrom: m.validFrom, validTo: m.validTo };
}

export async function listUsers(db: Db): Promise<UserDto[]> {
  const users = await repo.listUsers(db);
  const mandates = await repo.listMandates(
    db,
    users.map((u) => u.id),
  );
  return users.map((u) => ({ ...u, mandates: mandates.filter((m) => m.userId === u.id).map(toMandateDto) }));
}

export async function getUser(db: Db, actor: Actor, id: string): Promise<UserDto> {
  // Users other than the Secretariat see only themselves; others do not exist for them.
  if (!isSecretariat(actor) && actor.userId !== id) throw UserErrors.userNotFound();
  const user = await repo.findUser(db, id);
  if (!user) throw UserErrors.userNotFound();
  return { ...user, mandates: (await repo.listMandates(db, [id])).map(toMandateDto) };
}

export async function createUser(
  deps: Pick<UsersDeps, 'db' | 'audit'>,
  actor: Actor | null,
  input: { email: string; displayName: string; password: string },
  mandates: Omit<GrantMandateBody, 'validTo'>[] = [],
  passwordHash?: string,
): Promise<UserDto> {
  const hash = passwordHash ?? (await hashPassword(input.password));
  const id = newId();
  const now = new Date().toISOString();
  try {
    await deps.db.transaction().execute(async (trx) => {
      await repo.insertUser(trx, {
        id,
        email: input.email,
        displayName: input.displayName,
        passwordHash: hash,
        createdAt: now,
      });
      await deps.audit.record(trx, actor, {
        action: 'identity.user_created',
        targetType: 'user',
        targetId: id,
        actingFor: actor ? 'secretariat' : null,
        data: { email: input.email.toLowerCase() },
      });
      for (const m of mandates) {
        const mandate = {
          id: newId(),
          userId: id,
          stateCode: m.state,
          role: m.role,
          validFrom: m.validFrom,
          validTo: null,
        };
        await repo.insertMandate(trx, { ...mandate, grantedBy: actor?.userId ?? null, createdAt: now });
        await deps.audit.record(trx, actor, {
          action: 'identity.mandate_granted',
          targetType: 'mandate',
          targetId: mandate.id,
          actingFor: m.state ?? 'secretariat',
          data: { userId: id, role: m.role, state: m.state, validFrom: m.validFrom },
        });
      }
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw UserErrors.emailTaken({ email: input.email });
    throw err;
  }
  return (await listUsers(deps.db)).find((u) => u.id === id)!;
}

/**
 * The Secretariat's administrators grant any mandate; a national coordinator appoints delegates and
 * observers for its own state only.
 */
export async function grantMandate(
  deps: UsersDeps,
  actor: Actor,
  userId: string,
  input: GrantMandateBody,
): Promise<MandateDto> {
  let actingFor: string;
  if (actor.mandates.some((m) => m.role === 'secretariat_admin')) {
    actingFor = 'secretariat';
  } else {
    if (input.state === null || !['delegate', 'observer'].includes(input.role)) throw AuthErrors.forbidden();
    actingFor = requireStateMandate(actor, input.state, ['national_coordinator']);
  }
  if (input.state !== null && !(await deps.stateExists(input.state)))
    throw UserErrors.unknownState({ state: input.state });
  const mandate: Mandate = {
    id: newId(),
    userId,
    stateCode: input.state,
    role: input.role,
    validFrom: input.validFrom,
    validTo: input.validTo ?? null,
  };
  await deps.db.transaction().execute(async (trx) => {
    if (!(await repo.findUser(trx, userId))) throw UserErrors.userNotFound();
    await repo.insertMandate(trx, {
      ...mandate,
      grantedBy: actor.userId,
      createdAt: new Date().toISOString(),
    });
    await deps.audit.record(trx, actor, {
      action: 'identity.mandate_granted',
      targetType: 'mandate',
      targetId: mandate.id,
      actingFor,
      data: {
        userId,
        role: mandate.role,
        state: mandate.stateCode,
        validFrom: mandate.validFrom,
        validTo: mandate.validTo,
      },
    });
  });
  return toMandateDto(mandate);
}

export interface DemoAccount {
  email: string;
  displayName: string;
  state: string | null;
  role: Role;
}

/**
 * Creates the demo accounts a module wants that do not exist yet, each with one mandate from 2024 and
 * DEMO_PASSWORD. Only module `demo` hooks call it, so never with NODE_ENV=production.
 */
export async function ensureDemoAccounts(
  deps: Pick<UsersDeps, 'db' | 'audit'> & { config: { demoPassword: string } },
  accounts: readonly DemoAccount[],
) {
  let hash: string | undefined;
  for (const a of accounts) {
    if (await repo.findUserByEmail(deps.db, a.email)) continue;
    // One hash for every demo account: they share the password, and argon2 is slow on purpose.
    hash ??= await hashPassword(deps.config.demoPassword);
    await createUser(
      deps,
      null,
      { email: a.email, displayName: a.displayName, password: deps.config.demoPassword },
      [{ state: a.state, role: a.role, validFrom: '2024-01-01' }],
      hash,
    );
  }
}
