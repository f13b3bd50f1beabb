import type { CreateInstrumentBody, InstrumentDto, InstrumentSummaryDto } from '../../../contracts/documents';
import { today, type Actor } from '../../core/auth/actor';
import type { Db } from '../../core/db/database';
import { refreshTranslations, translatedInput } from '../../core/db/translated';
import { newId } from '../../core/ids';
import type { Kernel } from '../../core/module';
import { bodyExists, stateExists } from '../states';
import { DocumentErrors } from './documents.errors';
import { loadVisible, partyStatesOf } from './documents.policy';
import * as repo from './documents.repository';
import { compute, recompute, stateNames } from './entry-into-force.service';
import * as noticeRows from './notifications.repository';
import * as searchIndex from './search.repository';
import { listTextDtos } from './texts.service';
import { summitDocuments } from './seed/summit-documents';

export type DocumentsDeps = Pick<Kernel, 'db' | 'dbKind' | 'audit' | 'now'>;

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
    noticeRows.listNotifications(deps.db, id),
  ]);
  const noticeByAction = new Map(notices.filter((n) => n.action_id).map((n) => [n.action_id!, n.number]));
  return {
    ...summary(x),
    status: result.status,
    entryIntoForce: result.entryIntoForce,
    summary: x.summary,
    adoptedBy: { body: x.body, meetingId: x.meetingId, decisionId: x.decisionId },
    signedPlace: x.signedPlace?.en ?? null,
    signedPlaceLocalized: x.signedPlace,
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
    source: { url: x.sourceUrl, note: x.sourceNote?.en ?? null, noteLocalized: x.sourceNote },
  };
}

export async function listInstruments(
  deps: Pick<DocumentsDeps, 'db' | 'now'>,
  actor: Actor | null,
  f: Omit<repo.ListFilter, 'partyStates' | 'today'>,
) {
  const filter = { ...f, partyStates: partyStatesOf(actor), today: today(deps.now()) };
  const rows = await repo.listInstruments(deps.db, filter);
  const total = await repo.countInstruments(deps.db, filter);
  return { items: rows.map(summary), next: rows.length === f.limit ? rows.at(-1)!.id : null, total };
}

/** The years that have an instrument this reader may see: the choices of the year filter. */
export async function listYears(deps: Pick<DocumentsDeps, 'db' | 'now'>, actor: Actor | null) {
  return repo.listYears(deps.db, { partyStates: partyStatesOf(actor), today: today(deps.now()) });
}

export async function search(
  deps: Pick<DocumentsDeps, 'db' | 'dbKind' | 'now'>,
  actor: Actor | null,
  q: string,
  f: Omit<repo.ListFilter, 'partyStates' | 'today' | 'ids' | 'before' | 'status'>,
) {
  const ids = await searchIndex.searchIds(deps.db, deps.dbKind, q, 500);
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
    signedPlace: translatedInput(input.signedPlace),
    depositary: input.depositary,
    rule: input.entryIntoForce,
    withdrawalNoticeDays: input.withdrawalNoticeDays ?? null,
    classification: input.classification,
    restrictedUntil: input.restrictedUntil ?? null,
    topics: [...new Set(input.topics)],
    sourceUrl: input.source?.url ?? null,
    sourceNote: translatedInput(input.source?.note),
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
    await searchIndex.indexInstrument(trx, deps.dbKind, x);
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

/** Loads the summit documents of the reference data that are not there yet. */
export async function seedDocuments(deps: DocumentsDeps) {
  const docs = summitDocuments();
  for (const doc of docs) {
    if (await repo.existsWithTitle(deps.db, doc.title)) continue;
    await createInstrument(deps, null, doc);
  }
  // A database seeded before ADR 0079 gets the Russian and Chinese places and notes.
  const places = docs.map((d) => translatedInput(d.signedPlace));
  const notes = docs.map((d) => translatedInput(d.source?.note));
  await refreshTranslations(deps.db, { table: INSTRUMENT, key: 'id', column: 'signed_place' }, places);
  await refreshTranslations(deps.db, { table: INSTRUMENT, key: 'id', column: 'source_note' }, notes);
}
const INSTRUMENT = 'documents_instrument';

/** The id of the instrument with this English title, if there is one (seeds refer to reference documents). */
export async function findInstrumentByTitle(db: Db, titleEn: string): Promise<string | undefined> {
  return repo.findIdByTitleEn(db, titleEn);
}
