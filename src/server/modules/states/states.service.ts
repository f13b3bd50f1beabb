import type { z } from 'zod';
import type {
  RecordApplicationBody,
  StateDto,
  StateStatus,
  StateSummaryDto,
  UpdateContactBody,
} from '../../../contracts/states';
import { requireStateMandate, type Actor } from '../../core/auth/actor';
import type { Db, DbOrTrx, Trx } from '../../core/db/database';
import { refreshTranslations, translateWith, writeTranslated } from '../../core/db/translated';
import { defineError } from '../../core/errors';
import { newId } from '../../core/ids';
import type { Kernel } from '../../core/module';
import * as repo from './states.repository';
import { BODIES, seedChairmanships, seedStates } from './seed/reference';
import { STATES_TRANSLATIONS } from './seed/translations';
import { checkStatusChange, type StatusChange, type StatusCheck, type StatusContext } from './status.rules';

export const StatesErrors = {
  notFound: defineError<{ code: string }>('states.not_found', 404, 'No such state'),
  statusChangeRefused: defineError<{ state: string; status: string; reason: string }>(
    'states.status_change_refused',
    409,
    'This status change is not allowed for the state now',
  ),
  applicationRefused: defineError<{ state: string }>(
    'states.application_refused',
    409,
    'A member state or a state with an open admission case cannot apply',
  ),
};

export type StatesDeps = Pick<Kernel, 'db' | 'audit'>;

/**
 * The list of states is reference data read on every page and changed a few times a year. It is kept
 * in memory, already serialised, for at most a second: a status change clears it in every process
 * when it commits (a signal, ADR 0008); the second is the backstop should a signal be lost.
 */
export class StatesCache {
  private states: StateSummaryDto[] | undefined;
  private json = new Map<string, string>();
  private loadedAt = 0;
  constructor(private readonly ttlMs = 1000) {}

  async list(load: () => Promise<StateSummaryDto[]>): Promise<StateSummaryDto[]> {
    const now = Date.now();
    if (!this.states || now - this.loadedAt > this.ttlMs) {
      this.states = await load();
      this.json.clear();
      this.loadedAt = now;
    }
    return this.states;
  }

  /** The `{ items }` body for a status filter, as JSON text. */
  async listJson(load: () => Promise<StateSummaryDto[]>, status?: StateStatus): Promise<string> {
    const states = await this.list(load);
    const key = status ?? '';
    let body = this.json.get(key);
    if (body === undefined) {
      body = JSON.stringify({ items: filterByStatus(states, status) });
      this.json.set(key, body);
    }
    return body;
  }

  clear() {
    this.states = undefined;
  }
}

function summarise(row: repo.StateRow, history: StateDto['history']): StateSummaryDto {
  const current = history.at(-1);
  return {
    code: row.code,
    iso3: row.iso3,
    isoNumeric: row.isoNumeric,
    name: row.name,
    status: current?.status ?? 'former',
    since: current?.from ?? null,
  };
}

export async function loadStates(db: Db): Promise<StateSummaryDto[]> {
  const [rows, histories] = await Promise.all([repo.listStateRows(db), repo.listHistory(db)]);
  return rows.map((r) => summarise(r, histories.get(r.code) ?? []));
}

export function filterByStatus(states: StateSummaryDto[], status?: StateStatus): StateSummaryDto[] {
  return status ? states.filter((s) => s.status === status) : states;
}

export async function getState(db: Db, code: string): Promise<StateDto> {
  const row = await repo.findStateRow(db, code);
  if (!row) throw StatesErrors.notFound({ code });
  const history = (await repo.listHistory(db, code)).get(code) ?? [];
  const [contact, admission] = await Promise.all([
    repo.findContact(db, code),
    repo.listAdmissionSteps(db, code),
  ]);
  return { ...summarise(row, history), history, admission, contact };
}

export async function stateExists(db: Db, code: string): Promise<boolean> {
  return !!(await repo.findStateRow(db, code));
}

/** A national coordinator keeps its own state's contact point current; the Secretariat may correct it. */
export async function updateContact(
  deps: StatesDeps,
  actor: Actor | null,
  code: string,
  input: UpdateContactBody,
) {
  if (!(await repo.findStateRow(deps.db, code))) throw StatesErrors.notFound({ code });
  const actingFor = requireStateMandate(actor, code, ['national_coordinator'], { allowSecretariat: true });
  const contact: repo.Contact = { ...input, updatedAt: new Date().toISOString(), updatedBy: actor!.userId };
  await deps.db.transaction().execute(async (trx) => {
    await repo.upsertContact(trx, code, contact);
    await deps.audit.record(trx, actor, {
      action: 'states.contact_updated',
      targetType: 'state',
      targetId: code,
      actingFor,
      data: { ...input },
    });
  });
  return contact;
}

/** Loads what is missing of the reference data; running it again changes nothing. */
export async function seedReference(db: Db) {
  const now = new Date().toISOString();
  await db.transaction().execute(async (trx) => {
    const existing = new Set((await repo.listStateRows(trx)).map((s) => s.code));
    for (const s of seedStates()) {
      if (existing.has(s.code)) continue;
      await repo.insertState(trx, s);
      for (const [i, h] of s.history.entries()) {
        await repo.insertStatus(trx, {
          id: newId(),
          state_code: s.code,
          seq: i + 1,
          status: h.status,
          from_date: h.from,
          to_date: s.history[i + 1]?.from ?? null,
          source_url: h.source.url,
          confidence: h.source.confidence,
          note: writeTranslated(translate(h.source.note)),
          recorded_at: now,
          decision_id: null,
        });
      }
    }
    for (const [i, b] of BODIES.entries()) {
      await repo.upsertBody(trx, {
        code: b.code,
        sort: i + 1,
        name: JSON.stringify(b.name),
        kind: b.kind,
        seat: writeTranslated(translate(b.seat)),
        source_url: b.source.url,
        confidence: b.source.confidence,
        note: writeTranslated(translate(b.source.note)),
      });
    }
    if ((await repo.countChairmanships(trx)) === 0) {
      for (const c of seedChairmanships()) {
        await repo.insertChairmanship(trx, {
          id: newId(),
          state_code: c.state,
          from_date: c.from,
          to_date: c.to,
          summit: writeTranslated(translate(c.summit)),
          source_url: c.source.url,
          confidence: c.source.confidence,
          note: writeTranslated(translate(c.source.note)),
        });
      }
    }
    await refreshSeededTranslations(trx);
  });
}

const translate = translateWith(STATES_TRANSLATIONS);

/** A database seeded before ADR 0079 gets the Russian and Chinese versions of its reference notes. */
async function refreshSeededTranslations(trx: Trx) {
  const notes = [
    ...seedStates().flatMap((s) => s.history.map((h) => h.source.note)),
    ...BODIES.map((b) => b.source.note),
    ...seedChairmanships().map((c) => c.source.note),
  ].map(translate);
  await refreshTranslations(trx, { table: 'states_status', key: 'id', column: 'note' }, notes);
  await refreshTranslations(trx, { table: 'states_body', key: 'code', column: 'note' }, notes);
  await refreshTranslations(trx, { table: 'states_chairmanship', key: 'id', column: 'note' }, notes);
  const summits = seedChairmanships().map((c) => translate(c.summit));
  await refreshTranslations(trx, { table: 'states_chairmanship', key: 'id', column: 'summit' }, summits);
  const seats = BODIES.map((b) => translate(b.seat));
  await refreshTranslations(trx, { table: 'states_body', key: 'code', column: 'seat' }, seats);
}

const caches = new WeakMap<object, StatesCache>();

/** The signal that the list changed, heard by every process of the platform (ADR 0008). */
const STATES_CHANGED = 'states_changed';

/** Clears this process's list cache whenever any process changes a state's status. */
export function listenForStateChanges(kernel: Pick<Kernel, 'db' | 'signals'>) {
  kernel.signals.on(STATES_CHANGED, () => statesCache(kernel.db).clear());
}

/** The list cache of one platform instance (keyed by its database handle). */
export function statesCache(db: Db): StatesCache {
  let c = caches.get(db);
  if (!c) {
    c = new StatesCache();
    caches.set(db, c);
  }
  return c;
}

export async function statusContext(d: DbOrTrx, code: string): Promise<StatusContext> {
  const history = (await repo.listHistory(d, code)).get(code) ?? [];
  const steps = await repo.listAdmissionSteps(d, code);
  return { status: history.at(-1)?.status ?? null, lastStep: steps.at(-1)?.step ?? null };
}

/** Checks a status change without applying it (when a decision carrying it is drafted). */
export async function checkStateStatusChange(d: DbOrTrx, change: StatusChange): Promise<StatusCheck> {
  if (!(await repo.findStateRow(d, change.state))) return { ok: false, reason: 'no such state' };
  return checkStatusChange(await statusContext(d, change.state), change);
}

/**
 * Applies a status change decided by an SCO body, inside the caller's transaction, with a link to the
 * decision. Every process clears its list cache once the transaction commits (a signal); the caller
 * also clears its own at once (`statesCache(db).clear()`), before the signal comes back to it.
 */
export async function applyStatusChange(
  trx: Trx,
  deps: Pick<Kernel, 'audit' | 'signals'>,
  actor: Actor | null,
  input: { change: StatusChange; date: string; decisionId: string; decisionNumber: string },
): Promise<StatusCheck> {
  const check = await checkStateStatusChange(trx, input.change);
  if (!check.ok) return check;
  const now = new Date().toISOString();
  const state = input.change.state;
  if (check.newStatus) {
    await repo.appendStatus(trx, {
      id: newId(),
      state_code: state,
      status: check.newStatus,
      from_date: input.date,
      source_url: `/api/v1/decisions/${input.decisionId}`,
      confidence: 'confirmed',
      // The platform's own wording in each language, not a translation of a source.
      note: writeTranslated({
        en: `Decision ${input.decisionNumber}`,
        ru: `Решение ${input.decisionNumber}`,
        zh: `决定 ${input.decisionNumber}`,
      }),
      recorded_at: now,
      decision_id: input.decisionId,
    });
  }
  await deps.signals.notify(trx, STATES_CHANGED);
  if (check.step) {
    await repo.insertAdmissionStep(trx, {
      id: newId(),
      state_code: state,
      step: check.step,
      date: input.date,
      decision_id: input.decisionId,
      reference: input.decisionNumber,
      recorded_at: now,
    });
  }
  await deps.audit.record(trx, actor, {
    action: 'states.status_changed',
    targetType: 'state',
    targetId: state,
    actingFor: 'secretariat',
    data: { status: check.newStatus, step: check.step, decisionId: input.decisionId, date: input.date },
  });
  return check;
}

/** The Secretariat records a state's official request to join: the first step of admission. */
export async function recordApplication(
  deps: StatesDeps,
  actor: Actor,
  code: string,
  input: z.infer<typeof RecordApplicationBody>,
) {
  if (!(await repo.findStateRow(deps.db, code))) throw StatesErrors.notFound({ code });
  const step = {
    id: newId(),
    state_code: code,
    step: 'application',
    date: input.date,
    decision_id: null,
    reference: input.reference ?? null,
    recorded_at: new Date().toISOString(),
  };
  await deps.db.transaction().execute(async (trx) => {
    const ctx = await statusContext(trx, code);
    const open = ctx.lastStep && ctx.lastStep !== 'membership_granted';
    if (ctx.status === 'member' || ctx.status === 'applicant' || ctx.status === 'suspended' || open) {
      throw StatesErrors.applicationRefused({ state: code });
    }
    await repo.insertAdmissionStep(trx, step);
    await deps.audit.record(trx, actor, {
      action: 'states.application_recorded',
      targetType: 'state',
      targetId: code,
      actingFor: 'secretariat',
      data: { date: input.date, reference: input.reference ?? null },
    });
  });
  return { step: 'application' as const, date: step.date, decisionId: null, reference: step.reference };
}

/** The current member states, from the list cache (at most a second old in other processes). */
export async function currentMemberCodes(db: Db): Promise<string[]> {
  const states = await statesCache(db).list(() => loadStates(db));
  return states.filter((s) => s.status === 'member').map((s) => s.code);
}

/** The current SCO partners (the legacy observers and dialogue partners included). */
export async function currentPartnerCodes(db: Db): Promise<string[]> {
  const states = await statesCache(db).list(() => loadStates(db));
  return states
    .filter((s) => ['partner', 'observer', 'dialogue_partner'].includes(s.status))
    .map((s) => s.code);
}

export async function listBodies(db: Db) {
  return repo.listBodies(db);
}

export async function listChairmanships(db: Db) {
  return repo.listChairmanships(db);
}

export async function bodyExists(db: Db, code: string): Promise<boolean> {
  return (await repo.listBodies(db)).some((b) => b.code === code);
}
