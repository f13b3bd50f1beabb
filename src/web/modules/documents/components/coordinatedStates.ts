import type { MeDto } from '../../../../contracts/auth';

/**
 * The states whose treaty actions the user records as their national coordinator (a delegate does not
 * record them), in code order. Mirrors the server's rule only to decide what to offer.
 */
export function coordinatedStates(me: MeDto | null | undefined): string[] {
  const codes = (me?.mandates ?? [])
    .filter((m) => m.role === 'national_coordinator' && m.state !== null)
    .map((m) => m.state!);
  return [...new Set(codes)].sort();
}
