import { z } from 'zod';
import { Localized, namesStates, StateCode } from './common';
import { StateStatus } from './states';
import { ThreadPostDto } from './threads';

export const Procedure = z.enum(['consensus', 'silence', 'consensus_minus_one']).meta({
  id: 'Procedure',
  description:
    'consensus: closed at a meeting, adopted when no participating member state objects. silence: adopted when the deadline passes with no objection. consensus_minus_one: suspension or expulsion; the objection of the state concerned does not count.',
});
export type Procedure = z.infer<typeof Procedure>;

export const PositionKind = z.enum(['support', 'statement', 'objection']).meta({
  id: 'PositionKind',
  description: 'statement: agrees, with a statement recorded in the minutes; does not block',
});
export type PositionKind = z.infer<typeof PositionKind>;

export const DecisionStatus = z.enum(['open', 'adopted', 'not_adopted', 'withdrawn']);
export type DecisionStatus = z.infer<typeof DecisionStatus>;

/** Steps of the SCO's admission sequence (Regulations on admission, 2010; memorandum, 2014). */
export const AdmissionStep = z.enum(['procedure_launched', 'memorandum_signed', 'membership_granted']);
export type AdmissionStep = z.infer<typeof AdmissionStep>;

export const StatusChangeEffect = z
  .strictObject({
    kind: z.literal('status_change'),
    state: namesStates(StateCode, 'the state whose status the decision changes'),
    status: StateStatus,
    step: AdmissionStep.optional().describe(
      'for status "applicant": procedure_launched (default) or memorandum_signed',
    ),
  })
  .meta({ id: 'StatusChangeEffect' });
export const Effect = StatusChangeEffect;
export type Effect = z.infer<typeof Effect>;

const OptionalLocalized = z.strictObject({
  en: z.string().max(100_000),
  ru: z.string().max(100_000),
  zh: z.string().max(100_000),
});

export const CreateDecisionBody = z
  .strictObject({
    body: z.string().min(2).max(10),
    title: z.strictObject({
      en: z.string().trim().min(1).max(500),
      ru: z.string().trim().min(1).max(500),
      zh: z.string().trim().min(1).max(500),
    }),
    text: OptionalLocalized.optional(),
    procedure: Procedure,
    deadline: z.iso.datetime({ offset: true }).optional().describe('ISO 8601 instant; required for silence'),
    concernedState: namesStates(
      StateCode.optional().describe('required for consensus_minus_one'),
      'the state a suspension or expulsion concerns',
    ),
    participants: namesStates(
      z.array(StateCode).min(1).max(50).optional().describe('interested member states; default: all members'),
      'the states called to take a position',
    ),
    effect: Effect.optional(),
    meetingId: z.string().max(64).optional(),
    visibility: z.enum(['public', 'restricted']).default('restricted'),
    openToPartners: z
      .boolean()
      .default(false)
      .describe('SCO partners may follow the draft and comment; they never block'),
  })
  .meta({ id: 'CreateDecision' });
export type CreateDecisionBody = z.infer<typeof CreateDecisionBody>;
/** What a caller must give: fields with defaults may be left out. */
export type CreateDecisionInput = z.input<typeof CreateDecisionBody>;

export const RecordPositionBody = z
  .strictObject({
    state: StateCode,
    position: PositionKind,
    text: z.string().trim().max(20_000).optional(),
  })
  .meta({ id: 'RecordPosition' });
export type RecordPositionBody = z.infer<typeof RecordPositionBody>;

export const ExtendBody = z.strictObject({ deadline: z.iso.datetime({ offset: true }) });
export const ReviseTextBody = z.strictObject({
  title: z
    .strictObject({
      en: z.string().trim().min(1).max(500),
      ru: z.string().trim().min(1).max(500),
      zh: z.string().trim().min(1).max(500),
    })
    .optional(),
  text: OptionalLocalized.optional(),
  note: z.string().trim().max(1000).optional(),
});
export const CommentBody = z.strictObject({
  body: z.string().trim().min(1).max(20_000),
  state: StateCode.optional().describe('the state the author speaks for; omitted for the Secretariat'),
  parentId: z.string().max(64).optional(),
});

export const PositionDto = z
  .object({
    state: StateCode,
    position: PositionKind,
    text: z.string().nullable(),
    recordedAt: z.string(),
    counts: z.boolean().describe('false for the state concerned under consensus minus one'),
  })
  .meta({ id: 'Position' });
export type PositionDto = z.infer<typeof PositionDto>;

export const OutcomeDto = z
  .object({
    result: z.enum(['adopted', 'not_adopted']),
    date: z.string().describe('the instant the procedure closed'),
    number: z.string().describe("the number in the body's register"),
    blockedBy: z.array(StateCode),
    positions: z.array(PositionDto),
    effectApplied: z.boolean(),
  })
  .meta({ id: 'Outcome' });

export const DecisionSummaryDto = z
  .object({
    id: z.string(),
    body: z.string(),
    title: Localized,
    procedure: Procedure,
    status: DecisionStatus,
    deadline: z.string().nullable(),
    number: z.string().nullable(),
    createdAt: z.string(),
    closedAt: z.string().nullable(),
    meetingId: z.string().nullable(),
    visibility: z.enum(['public', 'restricted']),
    openToPartners: z.boolean(),
    demo: z.boolean(),
  })
  .meta({ id: 'DecisionSummary' });
export type DecisionSummaryDto = z.infer<typeof DecisionSummaryDto>;

export const DecisionDto = DecisionSummaryDto.extend({
  text: OptionalLocalized.nullable(),
  authenticLanguages: z.array(z.enum(['ru', 'zh'])),
  concernedState: StateCode.nullable(),
  participants: z.array(StateCode),
  positions: z.array(PositionDto),
  pending: z.array(StateCode).describe('participants that have not stated a position'),
  effect: Effect.nullable(),
  outcome: OutcomeDto.nullable(),
  version: z.number().int(),
  attachments: z.array(
    z.object({
      id: z.string(),
      filename: z.string(),
      mediaType: z.string(),
      size: z.number().int(),
      sha256: z.string(),
      uploadedBy: z.string(),
      uploadedAt: z.string(),
    }),
  ),
}).meta({ id: 'Decision' });
export type DecisionDto = z.infer<typeof DecisionDto>;

export const DecisionsQuery = z.strictObject({
  status: DecisionStatus.optional(),
  body: z.string().max(10).optional(),
  procedure: Procedure.optional(),
  state: StateCode.optional().describe('decisions in which this state participates'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  before: z.string().max(64).optional().describe('cursor: the id of the last item of the previous page'),
});

export const TextVersionDto = z.object({
  version: z.number().int(),
  title: Localized,
  text: OptionalLocalized.nullable(),
  note: z.string().nullable(),
  changedBy: z.string().nullable(),
  changedAt: z.string(),
});

/** A post of the decision's discussion: the kernel's thread post (comments only). */
export const CommentDto = ThreadPostDto;
