import { defineError } from '../../core/errors';

export const CirculationErrors = {
  notFound: defineError<{ id: string }>('circulation.not_found', 404, 'No such circulation'),
  unknownSubjectKind: defineError<{ kind: string }>(
    'circulation.unknown_subject_kind',
    400,
    'Nothing of this kind can be circulated',
  ),
  noZone: defineError<{ states: string[] }>(
    'circulation.no_time_zone',
    400,
    'These states cannot receive circulations (not member states with a known time zone)',
  ),
  deadlineRequired: defineError<{ purpose: string }>(
    'circulation.deadline_required',
    400,
    'Comments and replies are asked for by a deadline',
  ),
  deadlinePassed: defineError<{ deadline: string }>(
    'circulation.deadline_passed',
    400,
    'The deadline has already passed',
  ),
  noReplyAsked: defineError(
    'circulation.no_reply_asked',
    409,
    'This circulation is for information: acknowledge it instead',
  ),
};
