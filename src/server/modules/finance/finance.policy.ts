import { requireStateMandate, type Actor } from '../../core/auth/actor';

/**
 * Who may book for a funder: the Secretariat for anyone; a national coordinator or delegate only with
 * their own state as the funder. Returns what the actor acts for (the audit's `actingFor`).
 * @throws auth.no_mandate, auth.unauthenticated
 */
export function bookingActingFor(actor: Actor | null, funder: string): string {
  return requireStateMandate(actor, funder, ['national_coordinator', 'delegate'], {
    allowSecretariat: true,
  });
}
