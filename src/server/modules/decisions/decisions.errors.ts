import { defineError } from '../../core/errors';

export const DecisionErrors = {
  notFound: defineError<{ id: string }>('decisions.not_found', 404, 'No such decision'),
  unknownBody: defineError<{ body: string }>('decisions.unknown_body', 400, 'No such body'),
  deadlineRequired: defineError<{ field: string }>(
    'decisions.deadline_required',
    400,
    'A written (silence) procedure needs a deadline',
  ),
  deadlineInPast: defineError<{ field: string; deadline: string }>(
    'decisions.deadline_in_past',
    400,
    'The deadline has already passed',
  ),
  deadlineNotLater: defineError<{ field: string; deadline: string }>(
    'decisions.deadline_not_later',
    400,
    'An extension must move the deadline later',
  ),
  concernedStateRequired: defineError<{ field: string }>(
    'decisions.concerned_state_required',
    400,
    'Consensus minus one needs the state concerned',
  ),
  concernedStateNotParticipant: defineError<{ state: string }>(
    'decisions.concerned_state_not_participant',
    400,
    'The state concerned must be a participating member state',
  ),
  participantNotMember: defineError<{ states: string[] }>(
    'decisions.participant_not_member',
    400,
    'Only member states take part in decisions',
  ),
  effectRefused: defineError<{ reason: string }>(
    'decisions.effect_refused',
    400,
    'This effect is not allowed',
  ),
  notOpen: defineError<{ id: string; status: string }>('decisions.not_open', 409, 'The decision is closed'),
  notParticipant: defineError<{ state: string }>(
    'decisions.not_participant',
    403,
    'This state does not take part in the decision',
  ),
  deadlinePassed: defineError<{ deadline: string }>(
    'decisions.deadline_passed',
    409,
    'The deadline of the written procedure has passed',
  ),
  silenceRunsToDeadline: defineError<{ deadline: string }>(
    'decisions.silence_runs_to_deadline',
    409,
    'A written procedure closes at its deadline',
  ),
  notSilence: defineError(
    'decisions.not_silence',
    409,
    'Only a written (silence) procedure has a deadline to extend',
  ),
  noChange: defineError('decisions.no_change', 400, 'The revision changes neither the title nor the text'),
  commentParentNotFound: defineError(
    'decisions.comment_parent_not_found',
    400,
    'The comment replied to does not exist',
  ),
};
