import { tables, toNumber, type DbOrTrx } from '../../core/db/database';
import { readTranslated } from '../../core/db/translated';
import type { OrganisationDto } from '../../../contracts/projects';

export interface OrganisationTables {
  projects_organisation: {
    id: string;
    /** TranslatedText as JSON (ADR 0079); a row written before migration 94 held plain English. */
    name: string;
    kind: string;
    country: string;
    website: string | null;
    demo: number;
    created_at: string;
    created_by: string | null;
  };
}

const db = (d: DbOrTrx) => tables<OrganisationTables>(d);

export function toOrganisation(r: OrganisationTables['projects_organisation']): OrganisationDto {
  const nameLocalized = readTranslated(r.name)!;
  return {
    id: r.id,
    name: nameLocalized.en,
    nameLocalized,
    kind: r.kind as OrganisationDto['kind'],
    country: r.country,
    website: r.website,
    demo: !!toNumber(r.demo),
    createdAt: r.created_at,
  };
}

export async function insertOrganisation(d: DbOrTrx, row: OrganisationTables['projects_organisation']) {
  await db(d).insertInto('projects_organisation').values(row).execute();
}

export async function findOrganisation(d: DbOrTrx, id: string): Promise<OrganisationDto | undefined> {
  const r = await db(d)
    .selectFrom('projects_organisation')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  return r && toOrganisation(r);
}

export async function findOrganisations(d: DbOrTrx, ids: string[]): Promise<OrganisationDto[]> {
  if (!ids.length) return [];
  const rows = await db(d).selectFrom('projects_organisation').selectAll().where('id', 'in', ids).execute();
  return rows.map(toOrganisation);
}

export async function listOrganisations(d: DbOrTrx, f: { country?: string }): Promise<OrganisationDto[]> {
  let q = db(d).selectFrom('projects_organisation').selectAll().orderBy('country').orderBy('name');
  if (f.country) q = q.where('country', '=', f.country);
  return (await q.execute()).map(toOrganisation);
}
