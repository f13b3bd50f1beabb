import type { NewOrganisation, OrganisationKind } from '../api/projectsApi';

export interface OrganisationDraft {
  name: string;
  kind: OrganisationKind | '';
  country: string;
  website: string;
}

/** The request body for a draft; an empty website is left out. What is wrong is for the server to say. */
export function toOrganisationBody(draft: OrganisationDraft): NewOrganisation {
  const website = draft.website.trim();
  return {
    name: draft.name.trim(),
    kind: draft.kind as OrganisationKind,
    country: draft.country,
    ...(website ? { website } : {}),
  };
}
