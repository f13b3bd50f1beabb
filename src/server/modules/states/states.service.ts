import type { StateDto, StateStatus, StateSummaryDto, UpdateContactBody } from '../../../contracts/states';
import { requireStateMandate, type Actor } from '../../core/auth/actor';
import type { Db } from '../../core/db/database';
import { defineError } from '../../core/errors';
import { newId } from '../../core/ids';
import type { Kernel } from '../../core/module';
import * as repo from './states.repository';
import { BODIES, seedChairmanships, seedStates } from './seed/reference';

export const StatesErrors = {
  notFound: defineError<{ code: string }>('states.not_found', 404, 'No such state'),
};

export type StatesDeps = Pick<Kernel, 'db' | 'audit'>;

/**
 * The list of states is reference data read on every page and changed a few times a year. It is kept
 * in memory, already serialised, for at most a second: writes in this process clear it at once, other
 * processes see a change within the second.
 */
export class StatesCache {
  private states: StateSummaryDto[] | undefined;
  private json = new Map<string, string>();
  private loadedAt = 0;
  constructor(private readonly ttlMs = 1000) {}

  /** The `{ items }` body for a status filter, as JSON text. */
  async listJson(load: () => Promise<StateSummaryDto[]>, status?: StateStatus): Promise<string> {
    const now = Date.now();
    if (!this.states || now - this.loadedAt > this.ttlMs) {
      this.states = await load();
      this.json.clear();
      this.loadedAt = now;
    }
    const key = status ?? '';
    let body = this.json.get(key);
    if (body === undefined) {
      body = JSON.stringify({ items: filterByStatus(this.states, status) });
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
  const contact = await repo.findContact(db, code);
  return { ...summarise(row, history), history, contact };
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
          note: h.source.note,
          recorded_at: now,
        });
      }
    }
    for (const [i, b] of BODIES.entries()) {
      await repo.upsertBody(trx, {
        code: b.code,
        sort: i + 1,
        name: JSON.stringify(b.name),
        kind: b.kind,
        seat: b.seat,
        source_url: b.source.url,
        confidence: b.source.confidence,
        note: b.source.note,
      });
    }
    if ((await repo.countChairmanships(trx)) === 0) {
      for (const c of seedChairmanships()) {
        await repo.insertChairmanship(trx, {
          id: newId(),
          state_code: c.state,
          from_date: c.from,
          to_date: c.to,
          summit: c.summit,
          source_url: c.source.url,
          confidence: c.source.confidence,
          note: c.source.note,
        });
      }
    }
  });
}
