import type { MeDto, Role } from '../../../../contracts/auth';

/**
 * Mirrors the server's rules only to decide what to show; the server decides what is allowed. The
 * server puts only mandates valid today into /auth/me, so no dates are checked here.
 */
const SECRETARIAT_ROLES: readonly Role[] = ['secretariat_admin', 'secretariat_officer'];
/** The roles that speak for a member state: state its position, comment in its name. */
const STATE_VOICE_ROLES: readonly Role[] = ['national_coordinator', 'delegate'];

export function isSecretariat(me: MeDto | null | undefined): boolean {
  return !!me?.mandates.some((m) => SECRETARIAT_ROLES.includes(m.role));
}

export function canEditContact(me: MeDto | null | undefined, stateCode: string): boolean {
  if (isSecretariat(me)) return true;
  return !!me?.mandates.some((m) => m.role === 'national_coordinator' && m.state === stateCode);
}

/** The states the user speaks for as their national coordinator or delegate, in code order. */
export function statesSpokenFor(me: MeDto | null | undefined): string[] {
  const codes = (me?.mandates ?? [])
    .filter((m) => STATE_VOICE_ROLES.includes(m.role) && m.state !== null)
    .map((m) => m.state!);
  return [...new Set(codes)].sort();
}
