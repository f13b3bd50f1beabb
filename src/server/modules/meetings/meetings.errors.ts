import { defineError } from '../../core/errors';

export const MeetingErrors = {
  notFound: defineError<{ id: string }>('meetings.not_found', 404, 'No such meeting'),
  unknownBody: defineError<{ body: string }>('meetings.unknown_body', 400, 'No such body'),
  unknownState: defineError<{ states: string[] }>(
    'meetings.unknown_state',
    400,
    'The host or a participant is not a known state',
  ),
  endsBeforeStart: defineError<{ start: string; end: string }>(
    'meetings.ends_before_start',
    400,
    'The meeting ends before it starts',
  ),
  timesIncomplete: defineError(
    'meetings.times_incomplete',
    400,
    'Give both a start and an end time, or neither for an all-day meeting',
  ),
  unknownDecision: defineError<{ decisionId: string }>(
    'meetings.unknown_decision',
    400,
    'The decision linked to the agenda item does not exist',
  ),
  decisionOfOtherMeeting: defineError<{ decisionId: string; meetingId: string }>(
    'meetings.decision_of_other_meeting',
    409,
    'The decision belongs to another meeting',
  ),
  decisionAlreadyOnAgenda: defineError<{ decisionId: string }>(
    'meetings.decision_already_on_agenda',
    409,
    'The decision is already on the agenda',
  ),
  agendaItemNotFound: defineError<{ itemId: string }>(
    'meetings.agenda_item_not_found',
    404,
    'No such item on the agenda of this meeting',
  ),
  agendaPublished: defineError(
    'meetings.agenda_published',
    409,
    'The agenda has been published and can no longer change',
  ),
  agendaOrderMismatch: defineError(
    'meetings.agenda_order_mismatch',
    400,
    'Give every item of the agenda once, and no other',
  ),
  agendaEmpty: defineError('meetings.agenda_empty', 409, 'An empty agenda cannot be published'),
  agendaNotPublished: defineError(
    'meetings.agenda_not_published',
    409,
    'Publish the agenda before the minutes',
  ),
  minutesPublished: defineError('meetings.minutes_published', 409, 'The minutes have already been published'),
  minutesBeforeEnd: defineError<{ endDate: string }>(
    'meetings.minutes_before_end',
    409,
    "The minutes can be published from the meeting's last day on",
  ),
};
