import { z } from 'zod';
import { Localized, namesStates, StateCode } from './common';

/**
 * What a circulation asks of its recipients: to take note (acknowledge), to comment, or to reply by a
 * date. Comments are shared with every recipient (a draft is commented in the open); replies and
 * acknowledgements of the other purposes stay between each state and the Secretariat (ADR 0120).
 */
export const CirculationPurpose = z.enum(['information', 'comments', 'reply']);
export type CirculationPurpose = z.infer<typeof CirculationPurpose>;

/** Wall-clock time without an offset: each recipient's clock reads it in the state's own zone. */
export const LocalDeadline = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/, 'YYYY-MM-DDTHH:mm, without an offset')
  .meta({ example: '2027-01-20T17:00' });

export const CirculationSubjectInput = z
  .strictObject({
    kind: z.string().min(1).max(40).describe('document, decision, or a kind another module plugs in'),
    id: z.string().min(1).max(64),
  })
  .meta({ example: { kind: 'document', id: '0190f0aa-0000-7000-8000-000000000001' } });

export const CreateCirculationBody = z
  .strictObject({
    subject: CirculationSubjectInput,
    purpose: CirculationPurpose,
    states: namesStates(
      z.array(StateCode).min(1).max(30),
      'the states whose focal points receive the circulation',
    ),
    deadline: LocalDeadline.optional().describe(
      "required for comments and replies; read in each recipient state's time zone",
    ),
  })
  .meta({
    id: 'CreateCirculation',
    example: {
      subject: { kind: 'document', id: '0190f0aa-0000-7000-8000-000000000001' },
      purpose: 'comments',
      states: ['KZ', 'CN'],
      deadline: '2027-01-20T17:00',
    },
  });
export type CreateCirculationBody = z.infer<typeof CreateCirculationBody>;

export const AcknowledgeBody = z.strictObject({ state: StateCode }).meta({ example: { state: 'KZ' } });
export const ReplyBody = z
  .strictObject({ state: StateCode, text: z.string().trim().min(1).max(20_000) })
  .meta({ example: { state: 'KZ', text: 'Kazakhstan has no comments on the draft.' } });

export const CirculationReplyDto = z.object({
  id: z.string(),
  text: z.string(),
  at: z.string(),
  late: z.boolean().describe('given after the deadline of its state'),
});

export const RecipientDto = z
  .object({
    state: StateCode,
    zone: z.string().describe("the IANA zone of the state's seat of government"),
    deadlineAt: z.string().nullable().describe('the deadline as an instant, read in the zone'),
    openedAt: z.string().nullable(),
    acknowledgedAt: z.string().nullable(),
    repliedAt: z.string().nullable(),
    remindedAt: z.string().nullable(),
    overdue: z.boolean().describe('the deadline passed and the state has not done what was asked'),
    replies: z.array(CirculationReplyDto),
  })
  .meta({ id: 'CirculationRecipient' });
export type RecipientDto = z.infer<typeof RecipientDto>;

export const CirculationSummaryDto = z
  .object({
    id: z.string(),
    number: z.string().describe("the number in the Secretariat's register, SG/<year>/<n>"),
    subject: z.object({ kind: z.string(), id: z.string(), title: Localized }),
    purpose: CirculationPurpose,
    deadline: z.string().nullable().describe('the local wall-clock deadline as given'),
    createdAt: z.string(),
    demo: z.boolean(),
    awaiting: z.array(StateCode).describe('recipients that have not yet done what was asked'),
    overdue: z.array(StateCode),
  })
  .meta({ id: 'CirculationSummary' });
export type CirculationSummaryDto = z.infer<typeof CirculationSummaryDto>;

export const CirculationDto = CirculationSummaryDto.extend({
  states: z.array(RecipientDto).describe('the rows the caller may see: all to the Secretariat'),
}).meta({ id: 'Circulation' });
export type CirculationDto = z.infer<typeof CirculationDto>;

export const CirculationsQuery = z.strictObject({
  state: namesStates(StateCode.optional(), 'a filter: the circulations sent to this state'),
  status: z.enum(['open', 'overdue', 'all']).default('all'),
});
