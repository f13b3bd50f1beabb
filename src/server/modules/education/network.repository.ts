import { tables, toNumber, type DbOrTrx } from '../../core/db/database';
import type { ProgrammeDto, UniversityDto } from '../../../contracts/education';

export interface NetworkTables {
  education_university: {
    id: string;
    country: string;
    name: string;
    fields: string;
    demo: number;
    created_at: string;
  };
  education_programme: {
    id: string;
    university_id: string;
    title: string;
    field: string;
    level: number;
    language: string;
    duration_months: number;
    places: number;
    demo: number;
  };
  education_agreement: {
    id: string;
    sending_university_id: string;
    receiving_university_id: string;
    field: string;
    level: number;
    academic_year: string;
    mobilities_per_year: number;
    demo: number;
  };
  education_officer: { user_id: string; university_id: string };
}

const db = (d: DbOrTrx) => tables<NetworkTables>(d);
type UniversityRow = NetworkTables['education_university'];
type ProgrammeRow = NetworkTables['education_programme'] & { country: string };

const toUniversity = (r: UniversityRow): UniversityDto => ({
  id: r.id,
  country: r.country,
  name: JSON.parse(r.name),
  fields: JSON.parse(r.fields),
  demo: !!toNumber(r.demo),
});

const toProgramme = (r: ProgrammeRow): ProgrammeDto => ({
  id: r.id,
  universityId: r.university_id,
  country: r.country,
  title: JSON.parse(r.title),
  field: r.field,
  level: toNumber(r.level),
  language: r.language,
  durationMonths: toNumber(r.duration_months),
  places: toNumber(r.places),
  demo: !!toNumber(r.demo),
});

export async function insertUniversities(d: DbOrTrx, rows: UniversityRow[]) {
  if (rows.length) await db(d).insertInto('education_university').values(rows).execute();
}

export async function insertProgrammes(d: DbOrTrx, rows: NetworkTables['education_programme'][]) {
  if (rows.length) await db(d).insertInto('education_programme').values(rows).execute();
}

export async function insertAgreements(d: DbOrTrx, rows: NetworkTables['education_agreement'][]) {
  if (rows.length) await db(d).insertInto('education_agreement').values(rows).execute();
}

export async function insertOfficer(d: DbOrTrx, row: NetworkTables['education_officer']) {
  await db(d)
    .insertInto('education_officer')
    .values(row)
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export async function listUniversities(d: DbOrTrx, country?: string): Promise<UniversityDto[]> {
  let q = db(d).selectFrom('education_university').selectAll().orderBy('country').orderBy('id');
  if (country) q = q.where('country', '=', country);
  return (await q.execute()).map(toUniversity);
}

export async function findUniversity(d: DbOrTrx, id: string): Promise<UniversityDto | undefined> {
  const r = await db(d)
    .selectFrom('education_university')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  return r && toUniversity(r);
}

export interface ProgrammeFilter {
  field?: string;
  level?: number;
  language?: string;
  country?: string;
  ids?: readonly string[];
}

export async function listProgrammes(d: DbOrTrx, f: ProgrammeFilter = {}): Promise<ProgrammeDto[]> {
  let q = db(d)
    .selectFrom('education_programme as p')
    .innerJoin('education_university as u', 'u.id', 'p.university_id')
    .selectAll('p')
    .select('u.country')
    .orderBy('u.country')
    .orderBy('p.id');
  // A broad or narrow ISCED-F code stands for every detailed field under it.
  if (f.field) q = q.where('p.field', 'like', `${f.field}%`);
  if (f.level !== undefined) q = q.where('p.level', '=', f.level);
  if (f.language)
    q = q.where((eb) =>
      eb.or([eb('p.language', '=', f.language!), eb('p.language', 'like', `${f.language}-%`)]),
    );
  if (f.country) q = q.where('u.country', '=', f.country);
  if (f.ids) {
    if (f.ids.length === 0) return [];
    q = q.where('p.id', 'in', f.ids);
  }
  return (await q.execute()).map(toProgramme);
}

export async function listAgreements(d: DbOrTrx) {
  const rows = await db(d).selectFrom('education_agreement').selectAll().orderBy('id').execute();
  return rows.map((r) => ({
    id: r.id,
    sendingUniversityId: r.sending_university_id,
    receivingUniversityId: r.receiving_university_id,
    field: r.field,
    level: toNumber(r.level),
    academicYear: r.academic_year,
    mobilitiesPerYear: toNumber(r.mobilities_per_year),
    demo: !!toNumber(r.demo),
  }));
}

/** The universities a user is an admissions officer of. */
export async function universitiesOfOfficer(d: DbOrTrx, userId: string): Promise<string[]> {
  const rows = await db(d)
    .selectFrom('education_officer')
    .select('university_id')
    .where('user_id', '=', userId)
    .execute();
  return rows.map((r) => r.university_id);
}
