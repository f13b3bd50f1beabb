import { defineError } from '../../core/errors';

export const CultureErrors = {
  unknownProgramme: defineError<{ programme: string }>('culture.unknown_programme', 400, 'No such programme'),
  designationNotFound: defineError<{ id: string }>(
    'culture.designation_not_found',
    404,
    'No such designation',
  ),
  nominationNotFound: defineError<{ id: string }>('culture.nomination_not_found', 404, 'No such nomination'),
  tentativeNotFound: defineError<{ id: string }>(
    'culture.tentative_not_found',
    400,
    'No such tentative-list entry',
  ),
  notFromTentativeList: defineError(
    'culture.not_from_tentative_list',
    400,
    'A nomination comes from the state’s tentative list, or says why not',
  ),
  tentativeMismatch: defineError<{ id: string }>(
    'culture.tentative_mismatch',
    400,
    'The tentative-list entry is of another state or programme',
  ),
  unknownCriterion: defineError<{ criterion: string }>(
    'culture.unknown_criterion',
    400,
    'The programme has no such criterion',
  ),
  unknownPart: defineError<{ part: string }>('culture.unknown_part', 400, 'The checklist has no such part'),
  wrongStatus: defineError<{ status: string }>(
    'culture.wrong_status',
    409,
    'The nomination is not at the step this needs',
  ),
  consentMissing: defineError<{ states: string[] }>(
    'culture.consent_missing',
    409,
    'Every co-nominating state’s coordinator must consent first',
  ),
  notCoNominator: defineError<{ state: string }>(
    'culture.not_co_nominator',
    400,
    'The state does not co-nominate this nomination',
  ),
  dossierIncomplete: defineError<{ missing: string[] }>(
    'culture.dossier_incomplete',
    409,
    'Required parts of the dossier are missing',
  ),
  notAssigned: defineError(
    'culture.not_assigned',
    403,
    'Only an expert assigned to the nomination evaluates it',
  ),
  evaluated: defineError(
    'culture.already_evaluated',
    409,
    'This expert has evaluated the nomination already',
  ),
};
