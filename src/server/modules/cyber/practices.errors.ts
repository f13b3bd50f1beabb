import { defineError } from '../../core/errors';

/** Errors of the best-practices library (JSON API, problem+json). */
export const PracticeErrors = {
  notFound: defineError<{ id: string }>('cyber.practice_not_found', 404, 'No such practice'),
  notProposer: defineError<{ state: string }>(
    'cyber.practice_not_proposer',
    403,
    'Only the CERT that proposed this practice may change it',
  ),
  planItemNotFound: defineError<{ planId: string; itemId: string }>(
    'cyber.plan_item_not_found',
    400,
    'No such plan item, or not one you may see',
  ),
  notMemberState: defineError<{ state: string }>(
    'cyber.not_member_state',
    400,
    'Only member states take part in the best-practices library',
  ),
  editConflict: defineError<{ id: string }>(
    'cyber.practice_edit_conflict',
    409,
    'The practice was changed meanwhile; reload it and try again',
  ),
};
