import type { BookTransactionBody, LedgerEntryDto } from '../../../contracts/finance';
import { today, type Actor } from '../../core/auth/actor';
import { runIdempotent, type Idempotency, type Written } from '../../core/http/idempotency';
import {
  bookEntry,
  bookingActingFor,
  findEntry,
  FinanceErrors,
  listEntries,
  reverseEntry,
  summarise,
} from '../finance';
import { ProjectErrors } from './projects.errors';
import * as repo from './project.repository';
import { loadVisible, partyExists, type ProjectsDeps } from './project.service';

/**
 * Books a pledge, commitment, disbursement or expenditure on a project. The project row is locked
 * first (FOR UPDATE on PostgreSQL), so the finance module's over-disbursement check sees every booking
 * that committed before it and none can slip in between. @throws auth.no_mandate,
 * projects.unknown_funder, finance.over_disbursement, idempotency.key_reused
 */
export async function bookTransaction(
  deps: ProjectsDeps,
  actor: Actor,
  id: string,
  input: BookTransactionBody,
  idem: Idempotency | null,
): Promise<Written<LedgerEntryDto>> {
  await loadVisible(deps, actor, id);
  const actingFor = bookingActingFor(actor, input.funder);
  if (!(await partyExists(deps.db, input.funder)))
    throw ProjectErrors.unknownFunder({ funder: input.funder });
  return runIdempotent(deps.db, idem, 201, deps.now().toISOString(), async (trx) => {
    if (!(await repo.findProject(trx, id, deps.dbKind))) throw ProjectErrors.notFound({ id });
    return bookEntry(trx, deps, actor, { ...input, projectId: id, actingFor });
  });
}

/** Corrects an entry by booking its reverse; who may book for the funder may reverse. */
export async function reverseTransaction(
  deps: ProjectsDeps,
  actor: Actor,
  id: string,
  entryId: string,
  reason: string,
  idem: Idempotency | null,
): Promise<Written<LedgerEntryDto>> {
  await loadVisible(deps, actor, id);
  const entry = await findEntry(deps.db, id, entryId);
  if (!entry) throw FinanceErrors.entryNotFound({ id: entryId });
  const actingFor = bookingActingFor(actor, entry.funder);
  return runIdempotent(deps.db, idem, 201, deps.now().toISOString(), async (trx) => {
    if (!(await repo.findProject(trx, id, deps.dbKind))) throw ProjectErrors.notFound({ id });
    return reverseEntry(trx, deps, actor, { projectId: id, entryId, reason, actingFor });
  });
}

export async function listTransactions(
  deps: ProjectsDeps,
  actor: Actor | null,
  id: string,
  page: { limit: number; after?: string },
) {
  await loadVisible(deps, actor, id);
  const items = await listEntries(deps.db, id, page);
  return { items, next: items.length === page.limit ? items.at(-1)!.id : null };
}

export async function financeSummary(
  deps: ProjectsDeps,
  actor: Actor | null,
  id: string,
  reportCurrency: string | undefined,
) {
  const p = await loadVisible(deps, actor, id);
  return summarise(deps.db, {
    projectId: id,
    estimatedCost: p.cost,
    reportCurrency,
    day: today(deps.now()),
  });
}
