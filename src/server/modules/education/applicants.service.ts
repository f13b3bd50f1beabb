import { createHash, randomBytes } from 'node:crypto';
import type { z } from 'zod';
import type { ApplicantBody, ApplicationBody } from '../../../contracts/education';
import { AuthErrors, type Actor } from '../../core/auth/actor';
import { insertUser } from '../../core/auth/identity.repository';
import { hashPassword } from '../../core/auth/passwords';
import { UserErrors } from '../../core/auth/users.service';
import { isUniqueViolation } from '../../core/db/database';
import { newId } from '../../core/ids';
import type { Kernel } from '../../core/module';
import { stateExists } from '../states';
import * as repo from './applicants.repository';
import * as calls from './calls.repository';
import { callStatus, findCallRow } from './calls.service';
import { EducationErrors } from './education.errors';
import { presentApplications } from './stage.service';

const CEFR = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'];
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/**
 * A student signs up as a person, not under a mandate: an account and an applicant profile in one
 * transaction, then the verification mail (SMTP when configured, else the local outbox page).
 */
export async function signUp(k: Kernel, input: z.infer<typeof ApplicantBody>) {
  if (!(await stateExists(k.db, input.nationality)))
    throw EducationErrors.unknownCountry({ country: input.nationality });
  const userId = newId();
  const token = randomBytes(24).toString('base64url');
  const at = k.now().toISOString();
  const passwordHash = await hashPassword(input.password);
  const mail = {
    to: input.email,
    subject: 'Verify your email address for SCO University grants',
    text: `Open ${k.config.publicUrl}/education/verify?token=${token} to verify your address.`,
  };
  try {
    await k.db.transaction().execute(async (trx) => {
      await insertUser(trx, {
        id: userId,
        email: input.email,
        displayName: input.displayName,
        passwordHash,
        createdAt: at,
      });
      await repo.insertApplicant(trx, {
        user_id: userId,
        nationality: input.nationality,
        birth_date: input.birthDate,
        verify_token_hash: sha256(token),
        verified_at: null,
        created_at: at,
      });
      if (!k.mailer)
        await repo.insertMail(trx, {
          id: newId(),
          to_email: input.email,
          subject: mail.subject,
          text: mail.text,
          sent_at: at,
        });
      // No personal data in the log: it outlives erasure.
      await k.audit.record(trx, null, {
        action: 'education.applicant_signed_up',
        targetType: 'user',
        targetId: userId,
        actingFor: null,
        data: { nationality: input.nationality },
      });
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw UserErrors.emailTaken({ email: input.email });
    throw err;
  }
  if (k.mailer) await k.mailer.send({ to: [mail.to], subject: mail.subject, text: mail.text });
  return getApplicant(k, userId);
}

export async function verifyEmail(k: Kernel, token: string) {
  const userId = await k.db.transaction().execute(async (trx) => {
    const id = await repo.verifyByToken(trx, sha256(token), k.now().toISOString());
    if (!id) throw EducationErrors.badToken();
    await k.audit.record(trx, null, {
      action: 'education.applicant_verified',
      targetType: 'user',
      targetId: id,
      actingFor: null,
    });
    return id;
  });
  return getApplicant(k, userId);
}

export async function getApplicant(k: Pick<Kernel, 'db'>, userId: string) {
  const a = await repo.findApplicant(k.db, userId);
  if (!a) throw EducationErrors.notApplicant();
  return {
    userId: a.user_id,
    email: a.email,
    displayName: a.display_name,
    nationality: a.nationality,
    birthDate: a.birth_date,
    verified: a.verified_at !== null,
  };
}

/** The local outbox: only the mail addressed to the signed-in user. */
export const outbox = (k: Kernel, actor: Actor) => repo.mailTo(k.db, actor.email);

/** Everything the platform holds about the applicant, for them to take away. */
export async function exportOwnData(k: Kernel, actor: Actor) {
  const applicant = await getApplicant(k, actor.userId);
  const rows = await calls.listApplications(k.db, { applicantId: actor.userId });
  return { applicant, applications: await presentApplications(k, rows) };
}

/** One application per call, with ranked choices among the call's programmes, while the call is open. */
export async function apply(k: Kernel, actor: Actor, callId: string, input: z.infer<typeof ApplicationBody>) {
  const applicant = await getApplicant(k, actor.userId);
  if (!applicant.verified) throw EducationErrors.notVerified();
  const call = await findCallRow(k, callId);
  if (callStatus(call, k.now()) !== 'open')
    throw EducationErrors.notOpen({ opensAt: call.opens_at, closesAt: call.closes_at });
  const quotas = await calls.callQuotas(k.db, callId);
  if (!quotas.some((q) => q.state === applicant.nationality && q.quota > 0))
    throw EducationErrors.noQuota({ state: applicant.nationality });
  if (input.choices.length > call.max_choices || new Set(input.choices).size !== input.choices.length)
    throw EducationErrors.tooManyChoices({ max: Number(call.max_choices) });
  const offered = new Set((await calls.callPlaces(k.db, callId)).map((p) => p.programmeId));
  for (const c of input.choices)
    if (!offered.has(c)) throw EducationErrors.programmeNotInCall({ programmeId: c });
  if (call.min_language_level && CEFR.indexOf(input.languageLevel) < CEFR.indexOf(call.min_language_level))
    throw EducationErrors.languageLevel({ required: call.min_language_level });
  const id = newId();
  try {
    await k.db.transaction().execute(async (trx) => {
      await calls.insertApplication(trx, {
        id,
        call_id: callId,
        applicant_id: actor.userId,
        state: applicant.nationality,
        choices: JSON.stringify(input.choices),
        language_level: input.languageLevel,
        degree: input.degree,
        statement: input.statement,
        documents: '[]',
        status: 'submitted',
        rank: null,
        submitted_at: k.now().toISOString(),
        erased_at: null,
      });
      await k.audit.record(trx, actor, {
        action: 'education.application_submitted',
        targetType: 'education_application',
        targetId: id,
        actingFor: null,
        data: { callId, state: applicant.nationality, choices: input.choices.length },
      });
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw EducationErrors.alreadyApplied();
    throw err;
  }
  return (await presentApplications(k, [(await calls.findApplication(k.db, id))!]))[0]!;
}

/**
 * Erasure on request, for the applications of calls that have closed: the personal columns and the
 * profile go; the state, ranking and offers stay so that the award counts do not change.
 */
export async function eraseOwnData(k: Kernel, actor: Actor) {
  const applicant = await getApplicant(k, actor.userId);
  const rows = await calls.listApplications(k.db, { applicantId: actor.userId });
  const now = k.now();
  for (const r of rows)
    if (callStatus(await findCallRow(k, r.call_id), now) === 'open') throw EducationErrors.callStillOpen();
  await k.db.transaction().execute(async (trx) => {
    await calls.eraseApplications(
      trx,
      rows.map((r) => r.id),
      now.toISOString(),
    );
    await repo.deleteApplicant(trx, actor.userId, applicant.email);
    await k.audit.record(trx, actor, {
      action: 'education.applicant_erased',
      targetType: 'user',
      targetId: actor.userId,
      actingFor: null,
      data: { applications: rows.length },
    });
  });
  return { erasedApplications: rows.length };
}

export function requireActor(actor: Actor | null): Actor {
  if (!actor) throw AuthErrors.unauthenticated();
  return actor;
}
