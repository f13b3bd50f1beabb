import type { z } from 'zod';
import type { ProgrammeBody, ProgrammeQuery, UniversityBody } from '../../../contracts/education';
import { requireStateMandate, type Actor } from '../../core/auth/actor';
import { findUser } from '../../core/auth/identity.repository';
import { newId } from '../../core/ids';
import type { Kernel } from '../../core/module';
import { stateExists } from '../states';
import { EducationErrors } from './education.errors';
import * as repo from './network.repository';

/** The network is run by each state's coordinator for its own universities, or by the Secretariat. */
function actFor(actor: Actor, country: string) {
  return requireStateMandate(actor, country, ['national_coordinator'], { allowSecretariat: true });
}

export const listUniversities = (k: Kernel, country?: string) => repo.listUniversities(k.db, country);
export const listAgreements = (k: Kernel) => repo.listAgreements(k.db);
export const listProgrammes = (k: Kernel, q: z.infer<typeof ProgrammeQuery> = {}) =>
  repo.listProgrammes(k.db, q);

export async function getUniversity(k: Kernel, id: string) {
  const u = await repo.findUniversity(k.db, id);
  if (!u) throw EducationErrors.universityNotFound({ id });
  return u;
}

/** A university joins the network through its state's coordinator. */
export async function addUniversity(k: Kernel, actor: Actor, input: z.infer<typeof UniversityBody>) {
  const actingFor = actFor(actor, input.country);
  if (!(await stateExists(k.db, input.country)))
    throw EducationErrors.unknownCountry({ country: input.country });
  const id = newId();
  await k.db.transaction().execute(async (trx) => {
    await repo.insertUniversities(trx, [
      {
        id,
        country: input.country,
        name: JSON.stringify(input.name),
        fields: JSON.stringify(input.fields),
        demo: 0,
        created_at: k.now().toISOString(),
      },
    ]);
    await k.audit.record(trx, actor, {
      action: 'education.university_added',
      targetType: 'education_university',
      targetId: id,
      actingFor,
      data: { country: input.country, name: input.name.en },
    });
  });
  return getUniversity(k, id);
}

export async function addProgramme(
  k: Kernel,
  actor: Actor,
  universityId: string,
  input: z.infer<typeof ProgrammeBody>,
) {
  const u = await getUniversity(k, universityId);
  const actingFor = actFor(actor, u.country);
  const id = newId();
  await k.db.transaction().execute(async (trx) => {
    await repo.insertProgrammes(trx, [
      {
        id,
        university_id: u.id,
        title: JSON.stringify(input.title),
        field: input.field,
        level: input.level,
        language: input.language,
        duration_months: input.durationMonths,
        places: input.places,
        demo: 0,
      },
    ]);
    await k.audit.record(trx, actor, {
      action: 'education.programme_added',
      targetType: 'education_programme',
      targetId: id,
      actingFor,
      data: { universityId, field: input.field, level: input.level, places: input.places },
    });
  });
  return (await repo.listProgrammes(k.db, { ids: [id] }))[0]!;
}

/** Names a user an admissions officer of a university; their role comes from a mandate for its state. */
export async function addOfficer(k: Kernel, actor: Actor, universityId: string, userId: string) {
  const u = await getUniversity(k, universityId);
  const actingFor = actFor(actor, u.country);
  await k.db.transaction().execute(async (trx) => {
    if (!(await findUser(trx, userId))) throw EducationErrors.unknownUser({ userId });
    await repo.insertOfficer(trx, { user_id: userId, university_id: u.id });
    await k.audit.record(trx, actor, {
      action: 'education.officer_named',
      targetType: 'education_university',
      targetId: u.id,
      actingFor,
      data: { userId },
    });
  });
  return u;
}
