import type { z } from 'zod';
import type { CallBody, CallDto } from '../../../contracts/education';
import type { Actor } from '../../core/auth/actor';
import { toNumber } from '../../core/db/database';
import { newId } from '../../core/ids';
import type { Kernel } from '../../core/module';
import { stateExists } from '../states';
import * as repo from './calls.repository';
import { EducationErrors } from './education.errors';
import { listProgrammes } from './network.repository';

export type CallStatus = CallDto['status'];

/** Where a call stands at `now`: applications, then the national stage, then offers. */
export function callStatus(
  c: Pick<repo.CallRow, 'opens_at' | 'closes_at' | 'nomination_deadline'>,
  now: Date,
) {
  const t = now.toISOString();
  if (t < c.opens_at) return 'upcoming';
  if (t < c.closes_at) return 'open';
  if (t < c.nomination_deadline) return 'national_stage';
  return 'award_stage';
}

export async function findCallRow(k: Pick<Kernel, 'db'>, id: string) {
  const c = await repo.findCall(k.db, id);
  if (!c) throw EducationErrors.callNotFound({ id });
  return c;
}

/** The Secretariat opens a call: programmes and places, and a hard quota per sending state. */
export async function createCall(k: Kernel, actor: Actor, input: z.infer<typeof CallBody>) {
  const ids = input.places.map((p) => p.programmeId);
  if (new Set(ids).size !== ids.length) throw EducationErrors.programmeNotInCall({ programmeId: ids[0]! });
  const programmes = new Map((await listProgrammes(k.db, { ids })).map((p) => [p.id, p]));
  for (const id of ids) {
    const p = programmes.get(id);
    if (!p || !input.levels.includes(p.level) || !input.fields.some((f) => p.field.startsWith(f)))
      throw EducationErrors.programmeNotInCall({ programmeId: id });
  }
  for (const state of Object.keys(input.quotas))
    if (!(await stateExists(k.db, state))) throw EducationErrors.unknownCountry({ country: state });
  const id = newId();
  await k.db.transaction().execute(async (trx) => {
    await repo.insertCall(
      trx,
      {
        id,
        title: JSON.stringify(input.title),
        fields: JSON.stringify(input.fields),
        levels: JSON.stringify(input.levels),
        max_choices: input.maxChoices,
        min_language_level: input.minLanguageLevel,
        opens_at: new Date(input.opensAt).toISOString(),
        closes_at: new Date(input.closesAt).toISOString(),
        nomination_deadline: new Date(input.nominationDeadline).toISOString(),
        created_at: k.now().toISOString(),
      },
      input.places.map((p) => ({ call_id: id, programme_id: p.programmeId, places: p.places })),
      Object.entries(input.quotas).map(([state, quota]) => ({ call_id: id, state, quota })),
    );
    await k.audit.record(trx, actor, {
      action: 'education.call_opened',
      targetType: 'education_call',
      targetId: id,
      actingFor: 'secretariat',
      data: { quotas: input.quotas, programmes: ids.length },
    });
  });
  return getCall(k, id);
}

/** A call with its places and the quota used per state: counts only, never an applicant. */
export async function getCall(k: Kernel, id: string): Promise<CallDto> {
  const c = await findCallRow(k, id);
  const [places, quotas, perState, perProgramme] = await Promise.all([
    repo.callPlaces(k.db, id),
    repo.callQuotas(k.db, id),
    repo.countsPerState(k.db, id),
    repo.countsPerProgramme(k.db, id),
  ]);
  return {
    id: c.id,
    title: JSON.parse(c.title),
    fields: JSON.parse(c.fields),
    levels: JSON.parse(c.levels),
    places: places.map((p) => ({ ...p, offered: perProgramme.get(p.programmeId)?.offered ?? 0 })),
    quotas: quotas.map((q) => ({
      ...q,
      nominated: perState.get(q.state)?.nominated ?? 0,
      awarded: perState.get(q.state)?.awarded ?? 0,
    })),
    maxChoices: toNumber(c.max_choices),
    minLanguageLevel: (c.min_language_level as CallDto['minLanguageLevel']) ?? null,
    opensAt: c.opens_at,
    closesAt: c.closes_at,
    nominationDeadline: c.nomination_deadline,
    status: callStatus(c, k.now()),
  };
}

export async function listCalls(k: Kernel) {
  return Promise.all((await repo.listCalls(k.db)).map((c) => getCall(k, c.id)));
}

/** The Secretariat's overview of a call: applications, quotas used and awards per state and programme. */
export async function callOverview(k: Kernel, id: string) {
  await findCallRow(k, id);
  const [places, quotas, perState, perProgramme] = await Promise.all([
    repo.callPlaces(k.db, id),
    repo.callQuotas(k.db, id),
    repo.countsPerState(k.db, id),
    repo.countsPerProgramme(k.db, id),
  ]);
  const zero = { applications: 0, nominated: 0, offered: 0, awarded: 0 };
  return {
    callId: id,
    applications: [...perState.values()].reduce((n, s) => n + s.applications, 0),
    perState: quotas.map((q) => ({ ...q, ...(perState.get(q.state) ?? zero) })),
    perProgramme: places.map((p) => ({
      ...p,
      offered: perProgramme.get(p.programmeId)?.offered ?? 0,
      awarded: perProgramme.get(p.programmeId)?.awarded ?? 0,
    })),
  };
}

export const awardStatistics = (k: Kernel) => repo.awardStats(k.db);
