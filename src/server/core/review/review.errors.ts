import { defineError } from '../errors';

export const ReviewErrors = {
  conflictOfInterest: defineError<{ reviewer: string; kinds: string[]; conflicts: string[] }>(
    'review.conflict_of_interest',
    409,
    'The reviewer has a conflict of interest with this subject',
  ),
  conflictUndecidable: defineError<{ reviewer: string }>(
    'review.conflict_undecidable',
    409,
    'Whether the reviewer has a conflict of interest could not be decided',
  ),
  identityUnverified: defineError<{ reviewer: string }>(
    'review.identity_unverified',
    409,
    "The reviewer's identity is not verified",
  ),
  reviewerNotFound: defineError<{ reviewer: string }>('review.reviewer_not_found', 404, 'No such reviewer'),
  alreadyProposed: defineError<{ reviewer: string; status: string }>(
    'review.already_proposed',
    409,
    'The reviewer was already proposed for this subject',
  ),
  assignmentNotFound: defineError<{ id: string }>('review.assignment_not_found', 404, 'No such assignment'),
  wrongStatus: defineError<{ status: string }>(
    'review.wrong_status',
    409,
    'The assignment is not in a state that allows this',
  ),
  roundClosed: defineError('review.round_closed', 409, 'The review round of this subject is closed'),
  invalidReview: defineError<{ field: string; reason: string }>(
    'review.invalid_review',
    400,
    'The review does not fit the form of this panel',
  ),
  reviseConflict: defineError(
    'review.revise_conflict',
    409,
    'The review was revised at the same time; reload it',
  ),
};
