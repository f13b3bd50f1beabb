import type { z } from 'zod';
import type { NominationBody, NominationDto, TentativeBody } from '../../../contracts/culture';
import {
  isSecretariat,
  requireStateMandate,
  seesRestrictedBusiness,
  type Actor,
} from '../../core/auth/actor';
import { translatedInput } from '../../core/db/translated';
import {
  checkFile,
  defineFileUse,
  describeFiles,
  findFile,
  IMAGE_KINDS,
  OFFICE_KINDS,
  storeFile,
  type FileInput,
} from '../../core/files';
import { newId } from '../../core/ids';
import type { Trx } from '../../core/db/database';
import type { Kernel } from '../../core/module';
import { currentMemberCodes } from '../states';
import { CultureErrors } from './culture.errors';
import * as repo from './culture.repository';
import { getProgramme } from './designations.service';

type Deps = Pick<Kernel, 'db' | 'audit' | 'now'>;
const COORDINATOR = ['national_coordinator'] as const;

export const dossierUse = defineFileUse({
  name: 'culture.dossier',
  module: 'culture',
  accepts: [...OFFICE_KINDS, ...IMAGE_KINDS, 'geojson'],
  maxBytes: 20 * 1024 * 1024,
});

type AuditEntry = Omit<Parameters<Deps['audit']['record']>[2], 'targetType'> & { targetType?: string };

/** One write of the module and its audit entry, in one transaction. */
async function audited(deps: Deps, actor: Actor, entry: AuditEntry, write: (trx: Trx) => Promise<unknown>) {
  await deps.db.transaction().execute(async (trx) => {
    await write(trx);
    await deps.audit.record(trx, actor, { targetType: 'culture_nomination', ...entry });
  });
}

/** A state's tentative list: its coordinator adds the places it means to nominate. */
export async function addTentative(deps: Deps, actor: Actor, input: z.infer<typeof TentativeBody>) {
  const actingFor = requireStateMandate(actor, input.state, COORDINATOR);
  await getProgramme(deps, input.programme);
  const row = {
    id: newId(),
    programme: input.programme,
    state: input.state,
    name: JSON.stringify(translatedInput(input.name)),
    description: input.description ? JSON.stringify(translatedInput(input.description)) : null,
    created_at: deps.now().toISOString(),
    created_by: actor.userId,
  };
  await audited(
    deps,
    actor,
    {
      action: 'culture.tentative_added',
      targetType: 'culture_tentative',
      targetId: row.id,
      actingFor,
      data: { programme: input.programme },
    },
    (trx) => repo.insertTentative(trx, row),
  );
  return (await repo.findTentative(deps.db, row.id))!;
}

export const listTentative = (deps: Pick<Kernel, 'db'>, f: { state?: string; programme?: string }) =>
  repo.listTentative(deps.db, f);

/**
 * Who sees a nomination: while a draft, only the Secretariat and the nominating states (so a state
 * never reads another's draft); once submitted, the Secretariat and every member state's mandate holders.
 */
export async function canSee(deps: Pick<Kernel, 'db'>, actor: Actor | null, row: repo.NominationRow) {
  if (!actor) return false;
  if (isSecretariat(actor)) return true;
  const states: string[] = JSON.parse(row.states);
  if (actor.mandates.some((m) => m.stateCode && states.includes(m.stateCode))) return true;
  if (row.status === 'draft') return false;
  return seesRestrictedBusiness(actor, await currentMemberCodes(deps.db));
}

async function visibleRow(deps: Pick<Kernel, 'db'>, actor: Actor | null, id: string) {
  const row = await repo.findNominationRow(deps.db, id);
  if (!row || !(await canSee(deps, actor, row))) throw CultureErrors.nominationNotFound({ id });
  return row;
}

async function withParts(deps: Pick<Kernel, 'db'>, rows: repo.NominationRow[]): Promise<NominationDto[]> {
  const parts = await repo.listParts(
    deps.db,
    rows.map((r) => r.id),
  );
  const files = new Map(
    (
      await describeFiles(
        deps.db,
        parts.map((p) => p.file_id),
      )
    ).map((f) => [f.id, f]),
  );
  return rows.map((r) =>
    repo.toNomination(
      r,
      parts
        .filter((p) => p.nomination_id === r.id)
        .map((p) => ({
          part: p.part,
          fileId: p.file_id,
          name: files.get(p.file_id)?.filename ?? '',
          size: files.get(p.file_id)?.size ?? 0,
          addedAt: p.added_at,
        })),
    ),
  );
}

export async function getNomination(deps: Pick<Kernel, 'db'>, actor: Actor | null, id: string) {
  return (await withParts(deps, [await visibleRow(deps, actor, id)]))[0]!;
}

export async function listNominations(
  deps: Pick<Kernel, 'db'>,
  actor: Actor | null,
  f: { programme?: string; status?: string; state?: string },
) {
  const rows = await repo.listNominationRows(deps.db, f);
  const seen: repo.NominationRow[] = [];
  for (const r of rows)
    if ((!f.state || JSON.parse(r.states).includes(f.state)) && (await canSee(deps, actor, r))) seen.push(r);
  return withParts(deps, seen);
}

export async function createNomination(
  deps: Deps,
  actor: Actor,
  input: z.infer<typeof NominationBody>,
  opts: { demo?: boolean } = {},
) {
  const actingFor = requireStateMandate(actor, input.state, COORDINATOR);
  const programme = await getProgramme(deps, input.programme);
  const members = await currentMemberCodes(deps.db);
  const states = [...new Set([input.state, ...input.states])];
  const outsiders = states.filter((s) => !members.includes(s));
  if (outsiders.length) throw CultureErrors.notCoNominator({ state: outsiders[0]! });
  if (input.tentativeId) {
    const t = await repo.findTentative(deps.db, input.tentativeId);
    if (!t) throw CultureErrors.tentativeNotFound({ id: input.tentativeId });
    if (t.state !== input.state || t.programme !== input.programme)
      throw CultureErrors.tentativeMismatch({ id: input.tentativeId });
  } else if (!input.offListReason) throw CultureErrors.notFromTentativeList();
  const known = new Set(programme.criteria.map((c) => c.code));
  const unknown = input.criteria.find((c) => !known.has(c));
  if (unknown) throw CultureErrors.unknownCriterion({ criterion: unknown });
  const row: repo.NominationRow = {
    id: newId(),
    programme: input.programme,
    state: input.state,
    states: JSON.stringify(states),
    consents: JSON.stringify([input.state]),
    name: JSON.stringify(translatedInput(input.name)),
    description: input.description ? JSON.stringify(translatedInput(input.description)) : null,
    places: JSON.stringify(input.places),
    criteria: JSON.stringify(input.criteria),
    tentative_id: input.tentativeId ?? null,
    off_list_reason: input.tentativeId ? null : input.offListReason!,
    status: 'draft',
    missing: '[]',
    recommendation: null,
    decision_id: null,
    designation_id: null,
    created_at: deps.now().toISOString(),
    created_by: actor.userId,
    submitted_at: null,
    demo: opts.demo ? 1 : 0,
  };
  await audited(
    deps,
    actor,
    {
      action: 'culture.nomination_created',
      targetId: row.id,
      actingFor,
      data: { programme: input.programme, states },
    },
    (trx) => repo.insertNomination(trx, row),
  );
  return getNomination(deps, actor, row.id);
}

const EDITABLE = ['draft', 'returned'];

/** A co-nominating state's coordinator joins a serial nomination; without every consent it cannot be submitted. */
export async function consent(deps: Deps, actor: Actor, id: string, state: string) {
  const actingFor = requireStateMandate(actor, state, COORDINATOR);
  const row = await visibleRow(deps, actor, id);
  const states: string[] = JSON.parse(row.states);
  if (!states.includes(state)) throw CultureErrors.notCoNominator({ state });
  if (!EDITABLE.includes(row.status)) throw CultureErrors.wrongStatus({ status: row.status });
  const consents = [...new Set([...JSON.parse(row.consents), state])].sort();
  await audited(
    deps,
    actor,
    {
      action: 'culture.nomination_consented',
      targetId: id,
      actingFor,
      data: { state },
    },
    (trx) => repo.updateNomination(trx, id, { consents: JSON.stringify(consents) }),
  );
  return getNomination(deps, actor, id);
}

/** A nominating state's coordinator adds a file for one part of the dossier's checklist. */
export async function addPart(deps: Deps, actor: Actor, id: string, part: string, file: FileInput) {
  const row = await visibleRow(deps, actor, id);
  const states: string[] = JSON.parse(row.states);
  const actingFor = requireStateMandate(
    actor,
    states.find((s) => actor.mandates.some((m) => m.stateCode === s)) ?? row.state,
    COORDINATOR,
  );
  if (!EDITABLE.includes(row.status)) throw CultureErrors.wrongStatus({ status: row.status });
  const programme = await getProgramme(deps, row.programme);
  if (!programme.checklist.some((p) => p.part === part)) throw CultureErrors.unknownPart({ part });
  const checked = await checkFile(dossierUse, file);
  const at = deps.now().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    const stored = await storeFile(trx, checked, { ownerRecord: id, uploadedBy: actor.email, actingFor, at });
    await repo.insertPart(trx, { file_id: stored.id, nomination_id: id, part, added_at: at });
    await deps.audit.record(trx, actor, {
      action: 'culture.dossier_part_added',
      targetType: 'culture_nomination',
      targetId: id,
      actingFor,
      data: { part, file: stored.id },
    });
  });
  return getNomination(deps, actor, id);
}

export async function getPartFile(deps: Pick<Kernel, 'db'>, actor: Actor | null, id: string, fileId: string) {
  await visibleRow(deps, actor, id);
  const part = (await repo.listParts(deps.db, [id])).find((p) => p.file_id === fileId);
  const f = part && (await findFile(deps.db, 'culture', fileId));
  if (!f) throw CultureErrors.nominationNotFound({ id });
  return f;
}

/** The lead state's coordinator submits, once every co-nominating state has consented. */
export async function submit(deps: Deps, actor: Actor, id: string) {
  const row = await visibleRow(deps, actor, id);
  const actingFor = requireStateMandate(actor, row.state, COORDINATOR);
  if (!EDITABLE.includes(row.status)) throw CultureErrors.wrongStatus({ status: row.status });
  const consents: string[] = JSON.parse(row.consents);
  const pending = (JSON.parse(row.states) as string[]).filter((s) => !consents.includes(s));
  if (pending.length) throw CultureErrors.consentMissing({ states: pending });
  await audited(
    deps,
    actor,
    {
      action: 'culture.nomination_submitted',
      targetId: id,
      actingFor,
      data: {},
    },
    (trx) => repo.updateNomination(trx, id, { status: 'submitted', submitted_at: deps.now().toISOString() }),
  );
  return getNomination(deps, actor, id);
}

/** The required parts of the programme's checklist that have no file yet. */
export async function missingParts(deps: Pick<Kernel, 'db'>, row: repo.NominationRow) {
  const programme = await getProgramme(deps, row.programme);
  const have = new Set((await repo.listParts(deps.db, [row.id])).map((p) => p.part));
  return programme.checklist.filter((p) => p.required && !have.has(p.part)).map((p) => p.part);
}

/**
 * The Secretariat's completeness check: complete only when every required part has a file (a missing
 * required part can never pass), otherwise returned to the states with the parts missing.
 */
export async function checkCompleteness(
  deps: Deps,
  actor: Actor,
  id: string,
  input: { complete: boolean; missing?: string[] },
) {
  const row = await visibleRow(deps, actor, id);
  if (row.status !== 'submitted') throw CultureErrors.wrongStatus({ status: row.status });
  const programme = await getProgramme(deps, row.programme);
  const unknown = (input.missing ?? []).find((p) => !programme.checklist.some((c) => c.part === p));
  if (unknown) throw CultureErrors.unknownPart({ part: unknown });
  const computed = await missingParts(deps, row);
  if (input.complete && computed.length) throw CultureErrors.dossierIncomplete({ missing: computed });
  const missing = input.complete ? [] : [...new Set([...computed, ...(input.missing ?? [])])];
  await deps.db.transaction().execute(async (trx) => {
    await repo.updateNomination(trx, id, {
      status: input.complete ? 'complete' : 'returned',
      missing: JSON.stringify(missing),
    });
    await deps.audit.record(trx, actor, {
      action: 'culture.completeness_checked',
      targetType: 'culture_nomination',
      targetId: id,
      actingFor: 'secretariat',
      data: { complete: input.complete, missing },
    });
  });
  return getNomination(deps, actor, id);
}
