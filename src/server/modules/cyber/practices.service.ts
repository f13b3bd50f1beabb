import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type {
  PracticeDto,
  PracticeListDto,
  PracticeListQuery,
  PracticeSummaryDto,
  ProposePracticeBody,
  RecordAdoptionBody,
  UpdatePracticeBody,
} from '../../../contracts/cyberPractices';
import { AuthErrors, requireStateMandate, type Actor, type Role } from '../../core/auth/actor';
import { newId } from '../../core/ids';
import type { Kernel } from '../../core/module';
import { findPlanItems } from '../plans';
import { currentMemberCodes } from '../states';
import { clearance, readerOf, type Reader } from './access';
import { findCollectionByAlias } from './cyber.repository';
import { TLP_RANK } from './markings';
import { PracticeErrors } from './practices.errors';
import * as repo from './practices.repository';
import { adoptionObjects, nextVersion, noteIdFor, practiceObjects, publishToLibrary } from './practices.stix';

export type PracticesDeps = Pick<Kernel, 'db' | 'dbKind' | 'audit' | 'now'>;
type ProposeInput = z.output<typeof ProposePracticeBody>;
type UpdateInput = z.output<typeof UpdatePracticeBody>;
type AdoptionInput = z.output<typeof RecordAdoptionBody>;
type ListQuery = z.output<typeof PracticeListQuery>;

/** Who records a state's adoption: its CERT or its national coordinator. */
export const ADOPTION_ROLES: readonly Role[] = ['cert_analyst', 'national_coordinator'];

export interface LibraryReader {
  reader: Reader;
  memberCodes: string[];
  /** The highest TLP rank this reader receives from the best-practices collection (ADR 0020). */
  maxRank: number;
}

/** The library is the best-practices collection: its readers and their clearance are ADR 0020's. */
export async function libraryReader(deps: Pick<Kernel, 'db'>, actor: Actor | null): Promise<LibraryReader> {
  const memberCodes = await currentMemberCodes(deps.db);
  const reader = readerOf(actor, memberCodes);
  const cl = clearance(
    reader,
    { id: 'best-practices', kind: 'best_practices', ownerState: null, members: [] },
    memberCodes,
  );
  return { reader, memberCodes, maxRank: cl.maxRank };
}

/** The practice as this actor may see it; one the actor may not receive is answered as never proposed. */
export async function loadPractice(deps: Pick<Kernel, 'db'>, actor: Actor | null, id: string) {
  const lr = await libraryReader(deps, actor);
  const p = await repo.findVisiblePractice(deps.db, id, lr.maxRank);
  if (!p) throw PracticeErrors.notFound({ id });
  return { practice: p, lr };
}

async function checkPlanItems(deps: PracticesDeps, actor: Actor, refs: repo.Practice['planItems']) {
  const found = await findPlanItems(deps, actor, refs);
  const missing = refs.find((_, i) => !found[i]);
  if (missing) throw PracticeErrors.planItemNotFound(missing);
  // One link per item, in the order given.
  return [...new Map(refs.map((r) => [`${r.planId}/${r.itemId}`, r])).values()];
}

const uniqueTags = (tags: string[]) => [...new Set(tags)].sort();

/**
 * A member CERT proposes a practice: stored with its STIX objects in the best-practices collection.
 * @throws auth.forbidden (not a member CERT analyst), cyber.plan_item_not_found
 */
export async function proposePractice(
  deps: PracticesDeps,
  actor: Actor,
  input: ProposeInput,
  opts: { demo?: boolean } = {},
): Promise<PracticeDto> {
  const { reader } = await libraryReader(deps, actor);
  const state = reader.certStates[0];
  if (!state) throw AuthErrors.forbidden({ reason: 'member_cert_only' });
  const planItems = await checkPlanItems(deps, actor, input.planItems);
  const at = deps.now().toISOString();
  const practice: repo.Practice = {
    id: newId(),
    coaId: `course-of-action--${randomUUID()}`,
    reportId: `report--${randomUUID()}`,
    proposerState: state,
    proposedBy: actor.userId,
    tlp: TLP_RANK[input.marking],
    content: input.content,
    tags: uniqueTags(input.tags),
    planItems,
    demo: !!opts.demo,
    version: 1,
    proposedAt: at,
    updatedAt: at,
  };
  await deps.db.transaction().execute(async (trx) => {
    await repo.insertPractice(trx, practice);
    await publishToLibrary(
      trx,
      { postgres: deps.dbKind === 'postgres', now: deps.now(), publisherState: state, userId: actor.userId },
      practiceObjects(practice, at),
    );
    await deps.audit.record(trx, actor, {
      action: 'cyber.practice_proposed',
      targetType: 'cyber_practice',
      targetId: practice.id,
      actingFor: state,
      data: { marking: input.marking, languages: Object.keys(input.content), coa: practice.coaId },
    });
  });
  return getPractice(deps, actor, practice.id);
}

/**
 * The proposing CERT replaces the texts, tags and plan links: a new version of each STIX object.
 * @throws cyber.practice_not_found, cyber.practice_not_proposer, cyber.plan_item_not_found,
 * cyber.practice_edit_conflict
 */
export async function updatePractice(
  deps: PracticesDeps,
  actor: Actor,
  id: string,
  input: UpdateInput,
): Promise<PracticeDto> {
  const { practice, lr } = await loadPractice(deps, actor, id);
  if (!lr.reader.certStates.includes(practice.proposerState)) {
    throw PracticeErrors.notProposer({ state: practice.proposerState });
  }
  const planItems = await checkPlanItems(deps, actor, input.planItems);
  const modified = nextVersion(deps.now(), practice.updatedAt);
  const next: repo.Practice = {
    ...practice,
    content: input.content,
    tags: uniqueTags(input.tags),
    planItems,
    version: practice.version + 1,
    updatedAt: modified,
  };
  await deps.db.transaction().execute(async (trx) => {
    if (!(await repo.updatePractice(trx, next))) throw PracticeErrors.editConflict({ id });
    await publishToLibrary(
      trx,
      {
        postgres: deps.dbKind === 'postgres',
        now: deps.now(),
        publisherState: practice.proposerState,
        userId: actor.userId,
      },
      practiceObjects(next, modified),
    );
    await deps.audit.record(trx, actor, {
      action: 'cyber.practice_updated',
      targetType: 'cyber_practice',
      targetId: id,
      actingFor: practice.proposerState,
      data: { version: next.version, languages: Object.keys(input.content) },
    });
  });
  return getPractice(deps, actor, id);
}

/**
 * A member state records that it plans, is carrying out or has adopted a practice, and what came of it:
 * its CERT analyst or national coordinator, for that state only.
 * @throws cyber.practice_not_found, cyber.not_member_state, auth.no_mandate
 */
export async function recordAdoption(
  deps: PracticesDeps,
  actor: Actor,
  id: string,
  state: string,
  input: AdoptionInput,
): Promise<PracticeDto> {
  const { practice, lr } = await loadPractice(deps, actor, id);
  if (!lr.memberCodes.includes(state)) throw PracticeErrors.notMemberState({ state });
  requireStateMandate(actor, state, ADOPTION_ROLES);
  const [before] = (await repo.listAdoptions(deps.db, [id])).filter((a) => a.state === state);
  const modified = nextVersion(deps.now(), before?.recordedAt ?? null);
  const adoption: repo.Adoption = {
    practiceId: id,
    state,
    status: input.status,
    date: input.date,
    outcome: input.outcome,
    noteId: before?.noteId ?? noteIdFor(practice.coaId, state),
    firstRecordedAt: before?.firstRecordedAt ?? modified,
    recordedBy: actor.userId,
    recordedAt: modified,
  };
  await deps.db.transaction().execute(async (trx) => {
    await repo.upsertAdoption(trx, adoption);
    await publishToLibrary(
      trx,
      { postgres: deps.dbKind === 'postgres', now: deps.now(), publisherState: state, userId: actor.userId },
      adoptionObjects(practice, adoption, adoption.firstRecordedAt, modified),
    );
    await deps.audit.record(trx, actor, {
      action: 'cyber.practice_adoption_recorded',
      targetType: 'cyber_practice',
      targetId: id,
      actingFor: state,
      data: { state, status: input.status, date: input.date, note: adoption.noteId },
    });
  });
  return getPractice(deps, actor, id);
}

const texts = (p: repo.Practice) =>
  Object.entries(p.content).filter((e): e is [string, repo.PracticeText] => e[1] !== undefined);

const MARKING = (tlp: number) => (tlp === TLP_RANK.clear ? 'clear' : 'green');

function summarise(p: repo.Practice, adoptions: repo.Adoption[]): PracticeSummaryDto {
  const counts: PracticeSummaryDto['adoptions'] = {};
  for (const a of adoptions) counts[a.status] = (counts[a.status] ?? 0) + 1;
  return {
    id: p.id,
    content: Object.fromEntries(
      texts(p).map(([l, c]) => [l, { title: c.title, summary: c.summary, translation: c.translation }]),
    ),
    marking: MARKING(p.tlp),
    tags: p.tags,
    proposerState: p.proposerState,
    demo: p.demo,
    proposedAt: p.proposedAt,
    updatedAt: p.updatedAt,
    adoptions: counts,
  };
}

export async function getPractice(
  deps: Pick<Kernel, 'db' | 'now'>,
  actor: Actor | null,
  id: string,
): Promise<PracticeDto> {
  const { practice: p, lr } = await loadPractice(deps, actor, id);
  const [adoptions, items, collection] = await Promise.all([
    repo.listAdoptions(deps.db, [id]),
    findPlanItems(deps, actor, p.planItems),
    findCollectionByAlias(deps.db, 'best-practices'),
  ]);
  const { content: _summary, adoptions: _counts, ...base } = summarise(p, adoptions);
  return {
    ...base,
    content: p.content,
    version: p.version,
    planItems: items.filter((i) => i !== undefined),
    adoptions: adoptions.map((a) => ({
      state: a.state,
      status: a.status,
      date: a.date,
      outcome: a.outcome,
      recordedAt: a.recordedAt,
      noteId: a.noteId,
    })),
    stix: { collectionId: collection!.id, courseOfActionId: p.coaId, reportId: p.reportId },
    mayEdit: lr.reader.certStates.includes(p.proposerState),
  };
}

function matches(p: repo.Practice, words: string[]) {
  const text = texts(p)
    .map(([, c]) => `${c.title}\n${c.summary}\n${c.body}`)
    .join('\n')
    .toLocaleLowerCase();
  return words.every((w) => text.includes(w));
}

const bump = (counts: Record<string, number>, key: string) => {
  counts[key] = (counts[key] ?? 0) + 1;
};

/**
 * The library with its filters, and counts over what matches: computed only from the practices this
 * reader may receive (the SQL filters by marking first), so no count betrays a practice it may not see.
 */
export async function listPractices(
  deps: Pick<Kernel, 'db'>,
  actor: Actor | null,
  query: ListQuery,
): Promise<PracticeListDto> {
  const lr = await libraryReader(deps, actor);
  const rows = await repo.listVisiblePractices(deps.db, lr.maxRank, {
    state: query.state,
    tlp: query.marking === undefined ? undefined : TLP_RANK[query.marking],
  });
  const adoptions = await repo.listAdoptions(
    deps.db,
    rows.map((r) => r.id),
  );
  const byPractice = new Map<string, repo.Adoption[]>();
  for (const a of adoptions) byPractice.set(a.practiceId, [...(byPractice.get(a.practiceId) ?? []), a]);
  const words = (query.q ?? '').toLocaleLowerCase().split(/\s+/).filter(Boolean);
  const matching = rows.filter(
    (p) =>
      (!query.tag || p.tags.includes(query.tag)) &&
      (!query.adoptedBy || (byPractice.get(p.id) ?? []).some((a) => a.state === query.adoptedBy)) &&
      (!query.planItem || p.planItems.some((i) => i.itemId === query.planItem)) &&
      matches(p, words),
  );
  const counts: PracticeListDto['counts'] = { tags: {}, states: {}, markings: {}, adoptedBy: {} };
  for (const p of matching) {
    for (const tag of p.tags) bump(counts.tags, tag);
    bump(counts.states, p.proposerState);
    bump(counts.markings, MARKING(p.tlp));
    for (const a of byPractice.get(p.id) ?? []) bump(counts.adoptedBy, a.state);
  }
  return {
    items: matching
      .slice(query.offset, query.offset + query.limit)
      .map((p) => summarise(p, byPractice.get(p.id) ?? [])),
    total: matching.length,
    counts,
  };
}
