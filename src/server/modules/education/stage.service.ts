import type { z } from 'zod';
import type { ApplicationDto, NominationBody } from '../../../contracts/education';
import { requireStateMandate, type Actor } from '../../core/auth/actor';
import { isUniqueViolation, toNumber } from '../../core/db/database';
import { newId } from '../../core/ids';
import type { Kernel } from '../../core/module';
import { mayRead, viewerOf } from './access';
import { applicantNames } from './applicants.repository';
import * as repo from './calls.repository';
import { callStatus, findCallRow } from './calls.service';
import { EducationErrors } from './education.errors';
import { listProgrammes, universitiesOfOfficer } from './network.repository';

/** One lock per call: nominations, offers and acceptances of a call take their turn across processes. */
const callLock = (callId: string) => `education.call:${callId}`;

export async function presentApplications(
  k: Pick<Kernel, 'db'>,
  rows: repo.ApplicationRow[],
): Promise<ApplicationDto[]> {
  const names = await applicantNames(
    k.db,
    rows.flatMap((r) => (r.applicant_id ? [r.applicant_id] : [])),
  );
  const offers = await repo.offersOf(
    k.db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => {
    const who = r.applicant_id ? names.get(r.applicant_id) : undefined;
    return {
      id: r.id,
      callId: r.call_id,
      state: r.state,
      applicant: r.applicant_id && who ? { userId: r.applicant_id, ...who } : null,
      choices: JSON.parse(r.choices),
      languageLevel: (r.language_level as ApplicationDto['languageLevel']) ?? null,
      degree: r.degree,
      statement: r.statement,
      documents: JSON.parse(r.documents),
      status: r.status as ApplicationDto['status'],
      rank: r.rank === null ? null : toNumber(r.rank),
      erased: r.erased_at !== null,
      offers: offers
        .filter((o) => o.application_id === r.id)
        .map((o) => ({
          id: o.id,
          applicationId: o.application_id,
          programmeId: o.programme_id,
          status: o.status as 'open',
          createdAt: o.created_at,
        })),
      submittedAt: r.submitted_at,
    };
  });
}

/**
 * The applications of a call the actor may read: their own, their state's (the national ranking
 * screen), or the nominated dossiers that chose their university. Never anyone else's, so the list is
 * checked row by row with the same rule as a single read.
 */
export async function listApplicationsFor(k: Kernel, actor: Actor | null, callId: string) {
  await findCallRow(k, callId);
  const viewer = await viewerOf(k.db, actor);
  const [own, national, hosted, reviewed] = await Promise.all([
    viewer.userId ? repo.listApplications(k.db, { callId, applicantId: viewer.userId }) : [],
    repo.listApplications(k.db, { callId, states: viewer.authorityOf }),
    viewer.hostProgrammes.size ? repo.listApplications(k.db, { callId, nominatedOnly: true }) : [],
    repo.listApplications(k.db, { callId, ids: [...viewer.reviewing] }),
  ]);
  const seen = new Set<string>();
  const rows = [...own, ...national, ...hosted, ...reviewed].filter(
    (r) => !seen.has(r.id) && seen.add(r.id) && mayRead(viewer, r),
  );
  return presentApplications(k, rows);
}

export async function getApplication(k: Kernel, actor: Actor | null, id: string) {
  const row = await repo.findApplication(k.db, id);
  // 404 also for what the actor may not see: an application's existence is personal too.
  if (!row || !mayRead(await viewerOf(k.db, actor), row)) throw EducationErrors.applicationNotFound({ id });
  return (await presentApplications(k, [row]))[0]!;
}

/**
 * A state's grant authority submits its ranked list, which replaces the previous one. Only the state's
 * own applicants, only between the close of the call and the nomination deadline, never over quota.
 */
export async function nominate(
  k: Kernel,
  actor: Actor,
  callId: string,
  input: z.infer<typeof NominationBody>,
) {
  const state = requireStateMandate(actor, input.state, ['grant_authority']);
  const call = await findCallRow(k, callId);
  if (callStatus(call, k.now()) !== 'national_stage')
    throw EducationErrors.notNationalStage({
      closesAt: call.closes_at,
      nominationDeadline: call.nomination_deadline,
    });
  if (new Set(input.ranked).size !== input.ranked.length) throw EducationErrors.duplicateRank();
  const quota = (await repo.callQuotas(k.db, callId)).find((q) => q.state === state)?.quota ?? 0;
  if (input.ranked.length > quota)
    throw EducationErrors.overQuota({ state, quota, ranked: input.ranked.length });
  const rows = new Map(
    (await repo.listApplications(k.db, { callId, ids: input.ranked })).map((r) => [r.id, r]),
  );
  for (const id of input.ranked) {
    const r = rows.get(id);
    if (!r) throw EducationErrors.applicationNotFound({ id });
    if (r.state !== state) throw EducationErrors.notYourApplicant({ applicationId: id });
  }
  await k.locks.run(callLock(callId), () =>
    k.db.transaction().execute(async (trx) => {
      await repo.setRanking(trx, callId, state, input.ranked);
      await k.audit.record(trx, actor, {
        action: 'education.nominations_submitted',
        targetType: 'education_call',
        targetId: callId,
        actingFor: state,
        data: { state, nominated: input.ranked.length, quota },
      });
    }),
  );
  return { callId, state, quota, nominated: input.ranked.length };
}

/** The programmes whose university the actor admits for, among the programmes of the call. */
async function hostedProgrammes(k: Kernel, actor: Actor) {
  const universities = new Set(await universitiesOfOfficer(k.db, actor.userId));
  return (await listProgrammes(k.db)).filter((p) => universities.has(p.universityId));
}

/**
 * A host university offers one of its places to a nominated applicant who chose the programme. The
 * count of places held and the insert run under the call's lock, so two universities offering at the
 * same moment never exceed a programme's places.
 */
export async function makeOffer(k: Kernel, actor: Actor, applicationId: string, programmeId: string) {
  const app = await repo.findApplication(k.db, applicationId);
  const viewer = await viewerOf(k.db, actor);
  if (!app || !mayRead(viewer, app)) throw EducationErrors.applicationNotFound({ id: applicationId });
  const programme = (await hostedProgrammes(k, actor)).find((p) => p.id === programmeId);
  if (!programme) throw EducationErrors.notHost();
  const actingFor = requireStateMandate(actor, programme.country, ['admissions_officer']);
  const call = await findCallRow(k, app.call_id);
  if (callStatus(call, k.now()) !== 'award_stage') throw EducationErrors.notAwardStage();
  if (!(JSON.parse(app.choices) as string[]).includes(programmeId))
    throw EducationErrors.notChosen({ programmeId });
  const places =
    (await repo.callPlaces(k.db, call.id)).find((p) => p.programmeId === programmeId)?.places ?? 0;
  const id = newId();
  try {
    await k.locks.run(callLock(call.id), () =>
      k.db.transaction().execute(async (trx) => {
        const current = await repo.findApplication(trx, applicationId);
        if (!current || current.rank === null) throw EducationErrors.notNominated();
        if (current.status === 'accepted') throw EducationErrors.offerClosed({ status: 'accepted' });
        const held =
          (await repo.countsPerProgramme(trx, call.id, programmeId)).get(programmeId)?.offered ?? 0;
        if (held >= places) throw EducationErrors.placesFilled({ programmeId, places });
        const at = k.now().toISOString();
        await repo.insertOffer(trx, {
          id,
          call_id: call.id,
          application_id: applicationId,
          programme_id: programmeId,
          status: 'open',
          created_at: at,
          decided_at: null,
        });
        await repo.setApplicationStatus(trx, applicationId, 'offered');
        await k.audit.record(trx, actor, {
          action: 'education.offer_made',
          targetType: 'education_offer',
          targetId: id,
          actingFor,
          data: { applicationId, programmeId, callId: call.id },
        });
      }),
    );
  } catch (err) {
    if (isUniqueViolation(err)) throw EducationErrors.alreadyOffered();
    throw err;
  }
  return { id, applicationId, programmeId, status: 'open' as const, createdAt: k.now().toISOString() };
}

/** The applicant accepts one offer; their other open offers give their places back. */
export async function acceptOffer(k: Kernel, actor: Actor, offerId: string) {
  const offer = await repo.findOffer(k.db, offerId);
  const app = offer && (await repo.findApplication(k.db, offer.application_id));
  if (!offer || !app || app.applicant_id !== actor.userId)
    throw EducationErrors.offerNotFound({ id: offerId });
  await k.locks.run(callLock(offer.call_id), () =>
    k.db.transaction().execute(async (trx) => {
      const current = (await repo.findOffer(trx, offerId))!;
      if (current.status !== 'open') throw EducationErrors.offerClosed({ status: current.status });
      await repo.acceptOffer(trx, current, k.now().toISOString());
      await k.audit.record(trx, actor, {
        action: 'education.offer_accepted',
        targetType: 'education_offer',
        targetId: offerId,
        actingFor: null,
        data: { applicationId: app.id, programmeId: offer.programme_id, state: app.state },
      });
    }),
  );
  return getApplication(k, actor, app.id);
}
