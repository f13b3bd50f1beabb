import { isSecretariat, today, type Actor } from '../../core/auth/actor';
import { DocumentErrors } from './documents.errors';
import * as repo from './documents.repository';
import type { DocumentsDeps } from './documents.service';

/** null: sees everything (the Secretariat); otherwise the states whose restricted instruments it may see. */
export function partyStatesOf(actor: Actor | null): string[] | null {
  if (isSecretariat(actor)) return null;
  return [...new Set((actor?.mandates ?? []).filter((m) => m.stateCode).map((m) => m.stateCode!))];
}

function isOpen(x: repo.Instrument, day: string): boolean {
  return x.classification === 'public' || (x.restrictedUntil !== null && x.restrictedUntil <= day);
}

/** Restricted instruments exist only for the Secretariat and the parties; others get a 404. */
export async function loadVisible(
  deps: Pick<DocumentsDeps, 'db' | 'now'>,
  actor: Actor | null,
  id: string,
): Promise<repo.Instrument> {
  const x = await repo.findInstrument(deps.db, id);
  if (!x) throw DocumentErrors.notFound({ id });
  if (isOpen(x, today(deps.now()))) return x;
  const mine = partyStatesOf(actor);
  if (mine === null) return x;
  const parties = await repo.listParties(deps.db, id);
  if (mine.some((s) => parties.includes(s))) return x;
  throw DocumentErrors.notFound({ id });
}
