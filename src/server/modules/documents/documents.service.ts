import type { Localized } from '../../../contracts/common';
import type {
  CreateInstrumentBody,
  InstrumentDto,
  InstrumentSummaryDto,
  RecordActionBody,
} from '../../../contracts/documents';
import { isSecretariat, requireStateMandate, today, type Actor } from '../../core/auth/actor';
import type { Db, Trx } from '../../core/db/database';
import { newId } from '../../core/ids';
import type { Kernel } from '../../core/module';
import { nextNumber } from '../../core/registers';
import { bodyExists, loadStates, stateExists } from '../states';
import { noticeText, type NoticeKind } from './depositary';
import { DocumentErrors } from './documents.errors';
import * as repo from './documents.repository';
import { listTextDtos } from './texts.service';
import { addDays, computeEntryIntoForce } from './entry-into-force.rules';
import { summitDocuments } from './seed/summit-documents';

export type DocumentsDeps = Pick<Kernel, 'db' | 'dbKind' | 'audit' | 'now'>;

/** null: sees everything (the Secretariat); otherwise the states whose restricted instruments it may see. */
export function partyStatesOf(actor: Actor | null): string[] | null {
  if (isSecretariat(actor)) return null;
  return [...new Set((actor?.mandates ?? []).filter((m) => m.stateCode).map((m) => m.stateCode!))];
}

function isOpen(x: repo.Instrument, day: string): boolean {
  return x.classification === 'public' || (x.restrictedUntil !== null && x.restrictedUntil <= day);
}

/** Restricted instruments exist only for the Secretariat and the parties; others get a 404. */
async function loadVisible(
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

export function summary(x: repo.Instrument): InstrumentSummaryDto {
  return {
    id: x.id,
    kind: x.kind,
    title: x.title,
    body: x.body,
    adoptedAt: x.adoptedAt,
    signedAt: x.signedAt,
    status: x.status,
    entryIntoForce: x.entryIntoForce,
    topics: x.topics,
    classification: x.classification,
    demo: x.demo,
  };
}

async function compute(db: Db | Trx, x: repo.Instrument, day: string) {
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

export async function getInstrument(
  deps: Pick<DocumentsDeps, 'db' | 'now'>,
  actor: Actor | null,
  id: string,
): Promise<InstrumentDto> {
  return toDto(deps, await loadVisible(deps, actor, id));
}

async function toDto(deps: Pick<DocumentsDeps, 'db' | 'now'>, x: repo.Instrument): Promise<InstrumentDto> {
  const id = x.id;
  const [{ actions, result }, texts, relations, notices] = await Promise.all([
    compute(deps.db, x, today(deps.now())),
    listTextDtos(deps.db, id),
    repo.listRelations(deps.db, id),
    repo.listNotifications(deps.db, id),
  ]);
  const noticeByAction = new Map(notices.filter((n) => n.action_id).map((n) => [n.action_id!, n.number]));
  return {
    ...summary(x),
    status: result.status,
    entryIntoForce: result.entryIntoForce,
    summary: x.summary,
    adoptedBy: { body: x.body, meetingId: x.meetingId, decisionId: x.decisionId },
    signedPlace: x.signedPlace,
    depositary: x.depositary,
    rule: x.rule,
    withdrawalNoticeDays: x.withdrawalNoticeDays,
    restrictedUntil: x.restrictedUntil,
    explanation: result.explanation,
    states: result.states,
    actions: actions.map((a) => ({
      id: a.id,
      state: a.state,
      kind: a.kind,
      date: a.date,
      text: a.text,
      recordedBy: a.recordedBy,
      recordedAt: a.recordedAt,
      notificationNumber: noticeByAction.get(a.id) ?? null,
    })),
    texts,
    related: relations
      .filter((r) => r.kind !== 'requires' || r.from_id === id)
      .map((r) =>
        r.from_id === id
          ? { kind: r.kind, instrumentId: r.to_id, direction: 'outgoing' as const }
          : { kind: r.kind, instrumentId: r.from_id, direction: 'incoming' as const },
      ),
    source: { url: x.sourceUrl, note: x.sourceNote },
  };
}

export async function listInstruments(
  deps: Pick<DocumentsDeps, 'db' | 'now'>,
  actor: Actor | null,
  f: Omit<repo.ListFilter, 'partyStates' | 'today'>,
) {
  const rows = await repo.listInstruments(deps.db, {
    ...f,
    partyStates: partyStatesOf(actor),
    today: today(deps.now()),
  });
  return { items: rows.map(summary), next: rows.length === f.limit ? rows.at(-1)!.id : null };
}

export async function search(
  deps: Pick<DocumentsDeps, 'db' | 'dbKind' | 'now'>,
  actor: Actor | null,
  q: string,
  f: Omit<repo.ListFilter, 'partyStates' | 'today' | 'ids' | 'before' | 'status'>,
) {
  const ids = await repo.searchIds(deps.db, deps.dbKind, q, 500);
  const rows = await repo.listInstruments(deps.db, {
    ...f,
    limit: 500,
    ids,
    partyStates: partyStatesOf(actor),
    today: today(deps.now()),
  });
  const rank = new Map(ids.map((id, i) => [id, i]));
  return rows
    .sort((a, b) => rank.get(a.id)! - rank.get(b.id)!)
    .slice(0, f.limit)
    .map((x) => ({ ...summary(x), snippet: x.summary?.en ?? null }));
}

async function stateNames(db: Db | Trx): Promise<Map<string, Localized>> {
  return new Map((await loadStates(db as Db)).map((s) => [s.code, s.name]));
}

async function notify(
  trx: Trx,
  x: repo.Instrument,
  n: {
    kind: NoticeKind;
    state: string | null;
    actionId: string | null;
    date: string;
    effective?: string | null;
    reason?: string;
  },
  names: Map<string, Localized>,
  now: Date,
) {
  const year = now.getUTCFullYear();
  const seq = await nextNumber(trx, `documents.notification:${x.depositary}`, year);
  const prefix = x.depositary === 'secretariat' ? 'SCO-SEC' : x.depositary;
  await repo.insertNotification(trx, {
    id: newId(),
    instrument_id: x.id,
    depositary: x.depositary,
    year,
    seq,
    number: `${prefix}/${year}/${seq}`,
    kind: n.kind,
    state_code: n.state,
    action_id: n.actionId,
    date: n.date,
    text: JSON.stringify(
      noticeText({
        kind: n.kind,
        title: x.title,
        stateName: n.state ? (names.get(n.state) ?? null) : null,
        date: n.date,
        effective: n.effective,
        reason: n.reason,
      }),
    ),
    created_at: now.toISOString(),
  });
}

/**
 * Recomputes an instrument and, transitively, those that require it; announces a new entry-into-force
 * date with a depositary notification. Runs inside the transaction of the action that caused it.
 */
async function recompute(
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

export async function createInstrument(
  deps: DocumentsDeps,
  actor: Actor | null,
  input: CreateInstrumentBody,
  opts: { demo?: boolean } = {},
): Promise<InstrumentDto> {
  const body = input.adoptedBy?.body ?? null;
  if (body && !(await bodyExists(deps.db, body))) throw DocumentErrors.unknownBody({ body });
  if (input.depositary !== 'secretariat' && !(await stateExists(deps.db, input.depositary))) {
    throw DocumentErrors.unknownState({ state: input.depositary });
  }
  const requires =
    input.entryIntoForce?.rule === 'after_notifications' ? (input.entryIntoForce.requires ?? []) : [];
  const linked = [...new Set([...input.related.map((r) => r.instrumentId), ...requires])];
  const found = new Set((await repo.findInstruments(deps.db, linked)).map((x) => x.id));
  const missing = linked.filter((id) => !found.has(id));
  if (missing.length) throw DocumentErrors.unknownRelated({ ids: missing });

  const now = deps.now();
  const x: repo.Instrument = {
    id: newId(),
    kind: input.kind,
    title: input.title,
    summary: input.summary ?? null,
    body,
    meetingId: input.adoptedBy?.meetingId ?? null,
    decisionId: input.adoptedBy?.decisionId ?? null,
    adoptedAt: input.adoptedAt ?? input.signedAt ?? null,
    signedAt: input.signedAt ?? null,
    signedPlace: input.signedPlace ?? null,
    depositary: input.depositary,
    rule: input.entryIntoForce,
    withdrawalNoticeDays: input.withdrawalNoticeDays ?? null,
    classification: input.classification,
    restrictedUntil: input.restrictedUntil ?? null,
    topics: [...new Set(input.topics)],
    sourceUrl: input.source?.url ?? null,
    sourceNote: input.source?.note ?? null,
    demo: opts.demo ?? false,
    status: 'not_in_force',
    entryIntoForce: null,
    explanation: { key: 'eif.no_rule', params: {}, text: '' },
    createdAt: now.toISOString(),
  };
  await deps.db.transaction().execute(async (trx) => {
    await repo.insertInstrument(trx, x, actor?.userId ?? null);
    await repo.insertRelations(trx, [
      ...input.related.map((r) => ({ from_id: x.id, to_id: r.instrumentId, kind: r.kind })),
      ...requires.map((r) => ({ from_id: x.id, to_id: r, kind: 'requires' })),
    ]);
    await repo.indexInstrument(trx, deps.dbKind, x);
    await recompute(trx, deps, x.id, await stateNames(trx));
    await deps.audit.record(trx, actor, {
      action: 'documents.instrument_created',
      targetType: 'instrument',
      targetId: x.id,
      actingFor: 'secretariat',
      data: { kind: x.kind, title: x.title.en, rule: x.rule },
    });
  });
  // The creator is the Secretariat or the seed: it sees what it created, restricted or not.
  return toDto(deps, (await repo.findInstrument(deps.db, x.id))!);
}

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

/** Loads the summit documents of the reference data that are not there yet. */
export async function seedDocuments(deps: DocumentsDeps) {
  for (const doc of summitDocuments()) {
    if (await repo.existsWithTitle(deps.db, doc.title)) continue;
    await createInstrument(deps, null, doc);
  }
}

/** The id of the instrument with this English title, if there is one (seeds refer to reference documents). */
export async function findInstrumentByTitle(db: Db, titleEn: string): Promise<string | undefined> {
  return repo.findIdByTitleEn(db, titleEn);
}
