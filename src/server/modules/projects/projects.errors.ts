import { defineError } from '../../core/errors';

export const ProjectErrors = {
  notFound: defineError<{ id: string }>('projects.not_found', 404, 'No such project'),
  unknownCountry: defineError<{ country: string }>('projects.unknown_country', 400, 'No such state'),
  unknownFunder: defineError<{ funder: string }>(
    'projects.unknown_funder',
    400,
    'The funder is neither a known state nor a registered organisation',
  ),
  sponsorsRequired: defineError(
    'projects.sponsors_required',
    400,
    'A project proposed by the Secretariat names its sponsors',
  ),
  proposerNotMember: defineError<{ state: string }>(
    'projects.proposer_not_member',
    403,
    'Only member states propose projects',
  ),
  notMemberState: defineError<{ state: string }>(
    'projects.not_member_state',
    403,
    'Only member states take part in this',
  ),
  checklistIncomplete: defineError<{ stage: string; missing: string[] }>(
    'projects.checklist_incomplete',
    409,
    "The stage's checklist is not complete",
  ),
  stageSkipped: defineError<{ from: string; to: string }>(
    'projects.stage_skipped',
    409,
    'A project moves one stage at a time',
  ),
  sameStage: defineError<{ stage: string }>(
    'projects.same_stage',
    409,
    'The project is already at this stage',
  ),
  stageTerminal: defineError<{ stage: string }>(
    'projects.stage_terminal',
    409,
    'The project is completed or cancelled',
  ),
  interestFixed: defineError<{ stage: string }>(
    'projects.interest_fixed',
    409,
    'Interest can be withdrawn only before the project enters approval',
  ),
  reasonRequired: defineError('projects.reason_required', 400, 'Going back or cancelling needs a reason'),
  approvalByDecision: defineError<{ decisionId: string | null }>(
    'projects.approval_by_decision',
    409,
    'A project leaves approval when the member states adopt the decision',
  ),
  approvalOpen: defineError<{ decisionId: string | null }>(
    'projects.approval_open',
    409,
    'The approval decision is still open',
  ),
  notInApproval: defineError<{ stage: string }>(
    'projects.not_in_approval',
    409,
    'Approval is opened from the appraisal or approval stage',
  ),
  noInterestedStates: defineError(
    'projects.no_interested_states',
    409,
    'No member state has expressed interest, so none can approve',
  ),
  unknownChecklistItem: defineError<{ item: string }>(
    'projects.unknown_checklist_item',
    400,
    'No such checklist item',
  ),
  documentRefRequired: defineError<{ item: string }>(
    'projects.document_ref_required',
    400,
    'This checklist item is met by a document reference',
  ),
  answerRequired: defineError<{ item: string }>(
    'projects.answer_required',
    400,
    'This checklist item is met by a written answer',
  ),
  commentParentNotFound: defineError(
    'projects.comment_parent_not_found',
    400,
    'The comment replied to does not exist',
  ),
  answerNeedsQuestion: defineError('projects.answer_needs_question', 400, 'An answer replies to a question'),
  notSponsor: defineError(
    'projects.not_sponsor',
    403,
    "Questions are answered by the Secretariat or the project's sponsors",
  ),
  milestoneNotFound: defineError<{ id: string }>('projects.milestone_not_found', 404, 'No such milestone'),
  indicatorNotFound: defineError<{ id: string }>('projects.indicator_not_found', 404, 'No such indicator'),
  organisationNotFound: defineError<{ id: string }>(
    'projects.organisation_not_found',
    404,
    'No such organisation',
  ),
};
