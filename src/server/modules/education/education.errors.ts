import { defineError } from '../../core/errors';

export const EducationErrors = {
  universityNotFound: defineError<{ id: string }>(
    'education.university_not_found',
    404,
    'No such university',
  ),
  callNotFound: defineError<{ id: string }>('education.call_not_found', 404, 'No such call'),
  applicationNotFound: defineError<{ id: string }>(
    'education.application_not_found',
    404,
    'No such application',
  ),
  offerNotFound: defineError<{ id: string }>('education.offer_not_found', 404, 'No such offer'),
  unknownCountry: defineError<{ country: string }>('education.unknown_country', 400, 'No such state'),
  unknownUser: defineError<{ userId: string }>('education.unknown_user', 400, 'No such user'),
  /** The call names a programme outside the network, or outside the call's fields and levels. */
  programmeNotInCall: defineError<{ programmeId: string }>(
    'education.programme_not_in_call',
    400,
    'The programme is not offered in this call',
  ),
  tooManyChoices: defineError<{ max: number }>('education.too_many_choices', 400, 'Too many choices'),
  notApplicant: defineError('education.not_applicant', 403, 'Sign up as an applicant first'),
  notVerified: defineError('education.not_verified', 403, 'Verify your email address first'),
  badToken: defineError('education.bad_token', 400, 'The verification link is wrong or was used'),
  /** The applicant's nationality has no quota in the call: their state does not send to it. */
  noQuota: defineError<{ state: string }>('education.no_quota', 403, 'Your state has no quota in this call'),
  languageLevel: defineError<{ required: string }>(
    'education.language_level_too_low',
    400,
    'The language level is below the call’s minimum',
  ),
  notOpen: defineError<{ opensAt: string; closesAt: string }>(
    'education.call_not_open',
    409,
    'The call does not take applications now',
  ),
  alreadyApplied: defineError('education.already_applied', 409, 'You have applied to this call'),
  notNationalStage: defineError<{ closesAt: string; nominationDeadline: string }>(
    'education.not_national_stage',
    409,
    'Nominations are taken between the close of the call and the nomination deadline',
  ),
  overQuota: defineError<{ state: string; quota: number; ranked: number }>(
    'education.over_quota',
    409,
    'The list exceeds the state’s quota',
  ),
  notYourApplicant: defineError<{ applicationId: string }>(
    'education.not_your_applicant',
    403,
    'The application is not one of your state’s',
  ),
  duplicateRank: defineError('education.duplicate_in_ranking', 400, 'An application is ranked twice'),
  notAwardStage: defineError('education.not_award_stage', 409, 'Offers go out after the nomination deadline'),
  notNominated: defineError('education.not_nominated', 409, 'The application was not nominated by its state'),
  notChosen: defineError<{ programmeId: string }>(
    'education.not_chosen',
    409,
    'The applicant did not choose this programme',
  ),
  notHost: defineError('education.not_host', 403, 'You are not an admissions officer of this university'),
  placesFilled: defineError<{ programmeId: string; places: number }>(
    'education.places_filled',
    409,
    'Every place of the programme is offered',
  ),
  alreadyOffered: defineError('education.already_offered', 409, 'This programme already made an offer'),
  offerClosed: defineError<{ status: string }>('education.offer_closed', 409, 'The offer is no longer open'),
  callStillOpen: defineError(
    'education.call_still_open',
    409,
    'Erasure is possible once the call has closed',
  ),
};
