import { defineError } from '../../core/errors';

/** Errors of the CBM exchange; only its participants ever meet them. */
export const CbmErrors = {
  notFound: defineError<{ id: string }>('cbm.not_found', 404, 'No such CBM record'),
  notDefenceContact: defineError<{ state: string }>(
    'cbm.not_defence_contact',
    403,
    'Only the defence contact of this state may do this',
  ),
  secretariatOnly: defineError(
    'cbm.secretariat_only',
    403,
    'Only a designated Secretariat officer may do this',
  ),
  noRuleSet: defineError<{ day: string }>('cbm.no_rule_set', 409, 'No CBM rule set is in force on that day'),
  nothingToNotify: defineError<{ id: string }>(
    'cbm.nothing_to_notify',
    409,
    'This declaration owes no notification, or it was already sent',
  ),
  notAddressee: defineError<{ state: string }>(
    'cbm.not_addressee',
    409,
    'Only a state the query was sent to may answer it, once',
  ),
  unknownReference: defineError<{ id: string }>(
    'cbm.unknown_reference',
    400,
    'A message referred to does not exist or is not yours to see',
  ),
  documentNotFound: defineError<{ id: string }>('cbm.document_not_found', 400, 'No such agreement'),
};
