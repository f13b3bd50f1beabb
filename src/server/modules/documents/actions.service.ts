import type { InstrumentDto, RecordActionBody } from '../../../contracts/documents';
import { requireStateMandate, today, type Actor } from '../../core/auth/actor';
import { requireNotAfterToday } from '../../core/errors';
import { newId } from '../../core/ids';
import { stateExists } from '../states';
import { DocumentErrors } from './documents.errors';
import { loadVisible } from './documents.policy';
import * as repo from './documents.repository';
import { getInstrument, type DocumentsDeps } from './documents.service';
import { addDays } from './entry-into-force.rules';
import { compute, recompute, stateNames } from './entry-into-force.service';
import { notify } from './notifications.service';

/**
 * Records a state's action. The depositary (the Secretariat) records for any state; a national
 * coordinator for its own. Refuses what the treaty law does not allow: a notification, reservation or
 * withdrawal by a state that is not a party, a second signature or notification, accession by a
 * signatory, withdrawal by a state that is not bound.
 */
export async function recordAction(
  deps: DocumentsDeps,
  actor: Actor,
  id: string,
  input: RecordActionBody,
): Promise<InstrumentDto> {
  await loadVisible(deps, actor, id);
  const actingFor = requireStateMandate(actor, input.state, ['national_coordinator'], {
    allowSecretariat: true,
  });
  if (!(await stateExists(deps.db, input.state))) throw DocumentErrors.unknownState({ state: input.state });
  const now = deps.now();
  // An action is recorded once it has happened; a future date would give a notice dated after its number's year.
  requireNotAfterToday(input.date, now, 'date');
  await deps.db.transaction().execute(async (trx) => {
    const x = (await repo.findInstrument(trx, id))!;
    const { actions, result } = await compute(trx, x, today(now));
    const mine = actions.filter((a) => a.state === input.state);
    const has = (k: string) => mine.some((a) => a.kind === k);
    const isParty = has('signature') || has('accession');
    if (
      (input.kind === 'signature' || input.kind === 'notification' || input.kind === 'accession') &&
      has(input.kind)
    ) {
      throw DocumentErrors.alreadyRecorded({ state: input.state, kind: input.kind });
    }
    // The instrument's signature date is when it was first signed: no state signed it earlier.
    if (input.kind === 'signature' && x.signedAt && input.date < x.signedAt)
      throw DocumentErrors.signatureBeforeSigning({ field: 'date', date: input.date, signedAt: x.signedAt });
    if (input.kind === 'accession' && has('signature'))
      throw DocumentErrors.alreadySignatory({ state: input.state });
    if ((input.kind === 'notification' || input.kind === 'reservation') && !isParty) {
      throw DocumentErrors.notParty({ state: input.state, kind: input.kind });
    }
    if (input.kind === 'withdrawal') {
      const st = result.states.find((s) => s.state === input.state);
      if (!st?.inForceFrom || st.withdrawn) throw DocumentErrors.notBound({ state: input.state });
    }
    const actionId = newId();
    await repo.insertAction(trx, {
      id: actionId,
      instrument_id: id,
      state_code: input.state,
      kind: input.kind,
      date: input.date,
      text: input.text ?? null,
      recorded_by: actor.email,
      recorded_at: now.toISOString(),
      corrected_at: null,
      correction_reason: null,
    });
    const names = await stateNames(trx);
    const effective = input.kind === 'withdrawal' ? addDays(input.date, x.withdrawalNoticeDays ?? 0) : null;
    await notify(
      trx,
      x,
      { kind: input.kind, state: input.state, actionId, date: input.date, effective },
      names,
      now,
    );
    await recompute(trx, deps, id, names);
    await deps.audit.record(trx, actor, {
      action: 'documents.action_recorded',
      targetType: 'instrument',
      targetId: id,
      actingFor,
      data: { actionId, state: input.state, kind: input.kind, date: input.date },
    });
  });
  return getInstrument(deps, actor, id);
}

/** Corrects the date or text of a recorded action (Secretariat); the result is recomputed and announced. */
export async function correctAction(
  deps: DocumentsDeps,
  actor: Actor,
  id: string,
  actionId: string,
  input: { date?: string; text?: string | null; reason: string },
): Promise<InstrumentDto> {
  await loadVisible(deps, actor, id);
  const now = deps.now();
  if (input.date) requireNotAfterToday(input.date, now, 'date');
  await deps.db.transaction().execute(async (trx) => {
    const x = (await repo.findInstrument(trx, id))!;
    const action = (await repo.listActions(trx, id)).find((a) => a.id === actionId);
    if (!action) throw DocumentErrors.actionNotFound();
    await repo.correctAction(trx, actionId, {
      ...(input.date ? { date: input.date } : {}),
      ...(input.text !== undefined ? { text: input.text } : {}),
      corrected_at: now.toISOString(),
      correction_reason: input.reason,
    });
    const names = await stateNames(trx);
    await notify(
      trx,
      x,
      { kind: 'correction', state: action.state, actionId: null, date: today(now), reason: input.reason },
      names,
      now,
    );
    await recompute(trx, deps, id, names);
    await deps.audit.record(trx, actor, {
      action: 'documents.action_corrected',
      targetType: 'instrument',
      targetId: id,
      actingFor: 'secretariat',
      data: {
        actionId,
        from: { date: action.date, text: action.text },
        to: { date: input.date, text: input.text },
        reason: input.reason,
      },
    });
  });
  return getInstrument(deps, actor, id);
}
