import type { Localized } from '../../../../contracts/common';
import type { NewOrganisation, OrganisationKind } from '../api/projectsApi';

export interface OrganisationDraft {
  /** The name in the three languages (ADR 0094); an empty Russian or Chinese shows the English. */
  name: Localized;
  kind: OrganisationKind | '';
  country: string;
  website: string;
}

/** The request body for a draft; an empty website is left out. What is wrong is for the server to say. */
export function toOrganisationBody(draft: OrganisationDraft): NewOrganisation {
  const website = draft.website.trim();
  return {
    name: { en: draft.name.en.trim(), ru: draft.name.ru.trim(), zh: draft.name.zh.trim() },
    kind: draft.kind as OrganisationKind,
    country: draft.country,
    ...(website ? { website } : {}),
  };
}
