import type { MeDto, Role } from '../../../../contracts/auth';

/**
 * Mirrors the server's rules only to decide what to show; the server decides what is allowed. The
 * server puts only mandates valid today into /auth/me, so no dates are checked here.
 */
const SECRETARIAT_ROLES: readonly Role[] = ['secretariat_admin', 'secretariat_officer'];

export function isSecretariat(me: MeDto | null | undefined): boolean {
  return !!me?.mandates.some((m) => SECRETARIAT_ROLES.includes(m.role));
}

export function canEditContact(me: MeDto | null | undefined, stateCode: string): boolean {
  if (isSecretariat(me)) return true;
  return !!me?.mandates.some((m) => m.role === 'national_coordinator' && m.state === stateCode);
}
