import { sql } from 'kysely';
import { tables, toNumber, type DbOrTrx } from '../../core/db/database';
import type { NetworkTables } from './network.repository';

export interface CallTables {
  education_call: {
    id: string;
    title: string;
    fields: string;
    levels: string;
    max_choices: number;
    min_language_level: string | null;
    opens_at: string;
    closes_at: string;
    nomination_deadline: string;
    created_at: string;
  };
  education_call_place: { call_id: string; programme_id: string; places: number };
  education_call_quota: { call_id: string; state: string; quota: number };
  education_application: {
    id: string;
    call_id: string;
    applicant_id: string | null;
    state: string;
    choices: string;
    language_level: string | null;
    degree: string | null;
    statement: string | null;
    documents: string;
    status: string;
    rank: number | null;
    submitted_at: string;
    erased_at: string | null;
  };
  education_offer: {
    id: string;
    call_id: string;
    application_id: string;
    programme_id: string;
    status: string;
    created_at: string;
    decided_at: string | null;
  };
}

export type CallRow = CallTables['education_call'];
export type ApplicationRow = CallTables['education_application'];
export type OfferRow = CallTables['education_offer'];
const db = (d: DbOrTrx) => tables<CallTables & NetworkTables>(d);

export async function insertCall(
  d: DbOrTrx,
  call: CallRow,
  places: CallTables['education_call_place'][],
  quotas: CallTables['education_call_quota'][],
) {
  await db(d).insertInto('education_call').values(call).execute();
  await db(d).insertInto('education_call_place').values(places).execute();
  if (quotas.length) await db(d).insertInto('education_call_quota').values(quotas).execute();
}

export const findCall = (d: DbOrTrx, id: string) =>
  db(d).selectFrom('education_call').selectAll().where('id', '=', id).executeTakeFirst();

export const listCalls = (d: DbOrTrx) =>
  db(d).selectFrom('education_call').selectAll().orderBy('opens_at', 'desc').orderBy('id').execute();

export async function callPlaces(d: DbOrTrx, callId: string) {
  const rows = await db(d)
    .selectFrom('education_call_place')
    .select(['programme_id', 'places'])
    .where('call_id', '=', callId)
    .orderBy('programme_id')
    .execute();
  return rows.map((r) => ({ programmeId: r.programme_id, places: toNumber(r.places) }));
}

export async function callQuotas(d: DbOrTrx, callId: string) {
  const rows = await db(d)
    .selectFrom('education_call_quota')
    .select(['state', 'quota'])
    .where('call_id', '=', callId)
    .orderBy('state')
    .execute();
  return rows.map((r) => ({ state: r.state, quota: toNumber(r.quota) }));
}

/** Per sending state: applications, nominated, offered (holding an offer or accepted) and awarded. */
export async function countsPerState(d: DbOrTrx, callId: string) {
  const rows = await db(d)
    .selectFrom('education_application')
    .select((eb) => [
      'state',
      eb.fn.countAll<number>().as('applications'),
      sql<number>`sum(case when rank is not null then 1 else 0 end)`.as('nominated'),
      sql<number>`sum(case when status in ('offered', 'accepted') then 1 else 0 end)`.as('offered'),
      sql<number>`sum(case when status = 'accepted' then 1 else 0 end)`.as('awarded'),
    ])
    .where('call_id', '=', callId)
    .groupBy('state')
    .execute();
  return new Map(
    rows.map((r) => [
      r.state,
      {
        applications: toNumber(r.applications),
        nominated: toNumber(r.nominated ?? 0),
        offered: toNumber(r.offered ?? 0),
        awarded: toNumber(r.awarded ?? 0),
      },
    ]),
  );
}

/** Per programme: offers that hold a place (open or accepted) and accepted ones. */
export async function countsPerProgramme(d: DbOrTrx, callId: string, programmeId?: string) {
  let q = db(d)
    .selectFrom('education_offer')
    .select((eb) => [
      'programme_id',
      eb.fn.countAll<number>().as('offered'),
      sql<number>`sum(case when status = 'accepted' then 1 else 0 end)`.as('awarded'),
    ])
    .where('call_id', '=', callId)
    .where('status', 'in', ['open', 'accepted'])
    .groupBy('programme_id');
  if (programmeId) q = q.where('programme_id', '=', programmeId);
  const rows = await q.execute();
  return new Map(
    rows.map((r) => [r.programme_id, { offered: toNumber(r.offered), awarded: toNumber(r.awarded ?? 0) }]),
  );
}

export async function insertApplication(d: DbOrTrx, row: ApplicationRow) {
  await db(d).insertInto('education_application').values(row).execute();
}

export const findApplication = (d: DbOrTrx, id: string) =>
  db(d).selectFrom('education_application').selectAll().where('id', '=', id).executeTakeFirst();

export interface ApplicationFilter {
  callId?: string;
  applicantId?: string;
  states?: readonly string[];
  nominatedOnly?: boolean;
  ids?: readonly string[];
}

export async function listApplications(d: DbOrTrx, f: ApplicationFilter) {
  let q = db(d).selectFrom('education_application').selectAll();
  if (f.callId) q = q.where('call_id', '=', f.callId);
  if (f.applicantId) q = q.where('applicant_id', '=', f.applicantId);
  if (f.states) {
    if (f.states.length === 0) return [];
    q = q.where('state', 'in', f.states);
  }
  if (f.ids) {
    if (f.ids.length === 0) return [];
    q = q.where('id', 'in', f.ids);
  }
  if (f.nominatedOnly) q = q.where('rank', 'is not', null);
  return q
    .orderBy('state')
    .orderBy(sql`coalesce(rank, 2147483647)`)
    .orderBy('submitted_at')
    .execute();
}

/** Replaces a state's ranked list: the previous nominees go back to submitted. */
export async function setRanking(d: DbOrTrx, callId: string, state: string, ranked: readonly string[]) {
  await db(d)
    .updateTable('education_application')
    .set({ rank: null, status: 'submitted' })
    .where('call_id', '=', callId)
    .where('state', '=', state)
    .where('rank', 'is not', null)
    .execute();
  for (let i = 0; i < ranked.length; i += 500) {
    const chunk = ranked.slice(i, i + 500);
    await db(d)
      .updateTable('education_application')
      .set({
        status: 'nominated',
        rank: sql<number>`case id ${sql.join(
          chunk.map((id, j) => sql`when ${id} then ${sql.lit(i + j + 1)}`),
          sql` `,
        )} end`,
      })
      .where('id', 'in', chunk)
      .execute();
  }
}

export async function setApplicationStatus(d: DbOrTrx, id: string, status: string) {
  await db(d).updateTable('education_application').set({ status }).where('id', '=', id).execute();
}

/** Erasure: the personal columns go, the state, ranking, status and offers stay for the award counts. */
export async function eraseApplications(d: DbOrTrx, ids: readonly string[], at: string) {
  if (ids.length === 0) return;
  await db(d)
    .updateTable('education_application')
    .set({
      applicant_id: null,
      language_level: null,
      degree: null,
      statement: null,
      documents: '[]',
      erased_at: at,
    })
    .where('id', 'in', ids)
    .execute();
}

export async function insertOffer(d: DbOrTrx, row: OfferRow) {
  await db(d).insertInto('education_offer').values(row).execute();
}

export const findOffer = (d: DbOrTrx, id: string) =>
  db(d).selectFrom('education_offer').selectAll().where('id', '=', id).executeTakeFirst();

export async function offersOf(d: DbOrTrx, applicationIds: readonly string[]) {
  if (applicationIds.length === 0) return [];
  const out: OfferRow[] = [];
  for (let i = 0; i < applicationIds.length; i += 1000)
    out.push(
      ...(await db(d)
        .selectFrom('education_offer')
        .selectAll()
        .where('application_id', 'in', applicationIds.slice(i, i + 1000))
        .orderBy('created_at')
        .orderBy('id')
        .execute()),
    );
  return out;
}

export async function acceptOffer(d: DbOrTrx, offer: OfferRow, at: string) {
  await db(d)
    .updateTable('education_offer')
    .set({ status: 'accepted', decided_at: at })
    .where('id', '=', offer.id)
    .execute();
  // The applicant takes one place: the other offers go back to their programmes.
  await db(d)
    .updateTable('education_offer')
    .set({ status: 'declined', decided_at: at })
    .where('application_id', '=', offer.application_id)
    .where('id', '!=', offer.id)
    .where('status', '=', 'open')
    .execute();
  await setApplicationStatus(d, offer.application_id, 'accepted');
}

/** Awards (accepted offers) per sending state, field and level: counts only, never a person. */
export async function awardStats(d: DbOrTrx) {
  const rows = await db(d)
    .selectFrom('education_offer as o')
    .innerJoin('education_application as a', 'a.id', 'o.application_id')
    .innerJoin('education_programme as p', 'p.id', 'o.programme_id')
    .select((eb) => ['a.state', 'p.field', 'p.level', eb.fn.countAll<number>().as('awards')])
    .where('o.status', '=', 'accepted')
    .groupBy(['a.state', 'p.field', 'p.level'])
    .orderBy('a.state')
    .orderBy('p.field')
    .orderBy('p.level')
    .execute();
  return rows.map((r) => ({
    state: r.state,
    field: r.field,
    level: toNumber(r.level),
    awards: toNumber(r.awards),
  }));
}
