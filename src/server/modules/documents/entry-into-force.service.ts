import type { Localized } from '../../../contracts/common';
import { today } from '../../core/auth/actor';
import type { Db, Trx } from '../../core/db/database';
import { loadStates } from '../states';
import * as repo from './documents.repository';
import type { DocumentsDeps } from './documents.service';
import { computeEntryIntoForce } from './entry-into-force.rules';
import { notify } from './notifications.service';

export async function compute(db: Db | Trx, x: repo.Instrument, day: string) {
  const actions = await repo.listActions(db, x.id);
  const requires = x.rule?.rule === 'after_notifications' ? (x.rule.requires ?? []) : [];
  const required = (await repo.findInstruments(db, requires)).map((r) => ({
    id: r.id,
    entryIntoForce:
      r.status === 'in_force' || (r.entryIntoForce !== null && r.status !== 'terminated')
        ? r.entryIntoForce
        : null,
  }));
  return {
    actions,
    result: computeEntryIntoForce({
      rule: x.rule,
      signedAt: x.signedAt,
      actions,
      required,
      withdrawalNoticeDays: x.withdrawalNoticeDays,
      asOf: day,
    }),
  };
}

export async function stateNames(db: Db | Trx): Promise<Map<string, Localized>> {
  return new Map((await loadStates(db as Db)).map((s) => [s.code, s.name]));
}

/**
 * Recomputes an instrument and, transitively, those that require it; announces a new entry-into-force
 * date with a depositary notification. Runs inside the transaction of the action that caused it.
 */
export async function recompute(
  trx: Trx,
  deps: DocumentsDeps,
  id: string,
  names: Map<string, Localized>,
  seen = new Set<string>(),
) {
  if (seen.has(id)) return;
  seen.add(id);
  const x = (await repo.findInstrument(trx, id))!;
  const now = deps.now();
  const { result } = await compute(trx, x, today(now));
  if (result.entryIntoForce && result.entryIntoForce !== x.entryIntoForce) {
    await notify(
      trx,
      x,
      { kind: 'entry_into_force', state: null, actionId: null, date: result.entryIntoForce },
      names,
      now,
    );
  }
  await repo.updateComputed(trx, id, result);
  for (const dep of await repo.listDependents(trx, id)) await recompute(trx, deps, dep, names, seen);
}
