import type { z } from 'zod';
import type { OrganisationBody, OrganisationDto } from '../../../contracts/projects';
import { requireStateMandate, type Actor } from '../../core/auth/actor';
import { newId } from '../../core/ids';
import { runIdempotent, type Idempotency, type Written } from '../../core/http/idempotency';
import { translatedInput, writeTranslated } from '../../core/db/translated';
import { isCountryCode } from '../../core/iso3166';
import * as orgs from './organisation.repository';
import { ProjectErrors } from './projects.errors';
import type { ProjectsDeps } from './project.service';

/**
 * Registers a company, bank or fund with its country, so it can sponsor or fund projects: the
 * Secretariat for any country, a national coordinator for their own. @throws projects.unknown_country
 */
export async function registerOrganisation(
  deps: ProjectsDeps,
  actor: Actor,
  input: z.infer<typeof OrganisationBody>,
  idem: Idempotency | null,
  opts: { demo?: boolean } = {},
): Promise<Written<OrganisationDto>> {
  // Banks and companies come from anywhere, not only from the SCO's states.
  if (!isCountryCode(input.country)) throw ProjectErrors.unknownCountry({ country: input.country });
  const actingFor = requireStateMandate(actor, input.country, ['national_coordinator'], {
    allowSecretariat: true,
  });
  const row: orgs.OrganisationTables['projects_organisation'] = {
    id: newId(),
    name: writeTranslated(translatedInput(input.name))!,
    kind: input.kind,
    country: input.country,
    website: input.website ?? null,
    demo: opts.demo ? 1 : 0,
    created_at: deps.now().toISOString(),
    created_by: actor.userId,
  };
  return runIdempotent(deps.db, idem, 201, row.created_at, async (trx) => {
    await orgs.insertOrganisation(trx, row);
    await deps.audit.record(trx, actor, {
      action: 'projects.organisation_registered',
      targetType: 'organisation',
      targetId: row.id,
      actingFor,
      data: { name: input.name, kind: row.kind, country: row.country },
    });
    return orgs.toOrganisation(row);
  });
}

export async function getOrganisation(deps: Pick<ProjectsDeps, 'db'>, id: string) {
  const o = await orgs.findOrganisation(deps.db, id);
  if (!o) throw ProjectErrors.organisationNotFound({ id });
  return o;
}

export async function listOrganisations(deps: Pick<ProjectsDeps, 'db'>, f: { country?: string }) {
  return orgs.listOrganisations(deps.db, f);
}
