import { defineError } from '../errors';

export const ROLES = [
  'secretariat_admin',
  'secretariat_officer',
  'national_coordinator',
  'delegate',
  'observer',
  // A national CERT's analyst: an actor of its state, whose permissions are those of the cyber exchange.
  'cert_analyst',
  // The Secretariat's coordinator of the cyber exchange: acts for no state, and is not the Secretariat
  // in general (isSecretariat stays false), so holds only the exchange's permissions.
  'cyber_coordinator',
  // Military confidence-building measures (ADR 0069): with a state, that state's defence contact; without
  // one, a Secretariat officer the Secretariat designates. Nobody else sees anything of the CBM exchange.
  'defence_contact',
  // A state's grant authority (education): ranks its own applicants within the state's quota of a call.
  'grant_authority',
  // A host university's admissions officer (education): makes offers on the dossiers sent to it.
  'admissions_officer',
] as const;
export type Role = (typeof ROLES)[number];
export const SECRETARIAT_ROLES: readonly Role[] = ['secretariat_admin', 'secretariat_officer'];
export const STATE_ROLES: readonly Role[] = ['national_coordinator', 'delegate', 'observer', 'cert_analyst'];

/** A dated authority to act in a role, for a state or (stateCode null) for the Secretariat. */
export interface Mandate {
  id: string;
  userId: string;
  stateCode: string | null;
  role: Role;
  validFrom: string;
  validTo: string | null;
}

/** Who is making the request. Only mandates valid today are loaded into an actor. */
export interface Actor {
  userId: string;
  email: string;
  displayName: string;
  mandates: Mandate[];
  via: 'session' | 'token' | 'basic';
  sessionId?: string;
  csrfToken?: string;
}

export const AuthErrors = {
  unauthenticated: defineError('auth.unauthenticated', 401, 'Sign in to do this'),
  forbidden: defineError('auth.forbidden', 403, 'You may not do this'),
  noMandate: defineError<{ state: string }>(
    'auth.no_mandate',
    403,
    'You have no mandate to act for this state',
  ),
  csrf: defineError('auth.csrf_failed', 403, 'Missing or wrong CSRF token'),
  invalidCredentials: defineError('auth.invalid_credentials', 401, 'Wrong email or password'),
  tooManyAttempts: defineError<{ retryAfterSeconds: number }>(
    'auth.too_many_attempts',
    429,
    'Too many failed sign-in attempts; try again later',
  ),
};

export function today(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export function isActive(m: Pick<Mandate, 'validFrom' | 'validTo'>, day = today()): boolean {
  return m.validFrom <= day && (m.validTo === null || day <= m.validTo);
}

export function hasRole(actor: Actor | null, roles: readonly Role[]): boolean {
  return !!actor?.mandates.some((m) => roles.includes(m.role));
}

export function isSecretariat(actor: Actor | null): boolean {
  return hasRole(actor, SECRETARIAT_ROLES);
}

/** The states the actor may act for in one of the given roles. */
export function statesActedFor(actor: Actor | null, roles: readonly Role[]): string[] {
  return [
    ...new Set(
      (actor?.mandates ?? []).filter((m) => m.stateCode && roles.includes(m.role)).map((m) => m.stateCode!),
    ),
  ];
}

/**
 * Throws unless the actor holds a current mandate for `stateCode` in one of `roles`. The Secretariat
 * passes only where `allowSecretariat` says so: it serves the states, it does not speak for them.
 */
export function requireStateMandate(
  actor: Actor | null,
  stateCode: string,
  roles: readonly Role[],
  opts: { allowSecretariat?: boolean } = {},
): 'secretariat' | string {
  if (!actor) throw AuthErrors.unauthenticated();
  if (opts.allowSecretariat && isSecretariat(actor)) return 'secretariat';
  if (actor.mandates.some((m) => m.stateCode === stateCode && roles.includes(m.role))) return stateCode;
  throw AuthErrors.noMandate({ state: stateCode });
}

/**
 * Restricted SCO business (draft decisions, closed meetings) is for the Secretariat and whoever holds a
 * mandate for a member state: members follow all of it, also where they do not take part.
 */
export function seesRestrictedBusiness(actor: Actor | null, memberCodes: readonly string[]): boolean {
  if (!actor) return false;
  return (
    isSecretariat(actor) ||
    actor.mandates.some(
      // Only the roles that speak for a state: a grant authority or a university's officer does not.
      (m) => m.stateCode !== null && STATE_ROLES.includes(m.role) && memberCodes.includes(m.stateCode),
    )
  );
}
