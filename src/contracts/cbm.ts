import { z } from 'zod';
import { Instant, IsoDate, namesStates, StateCode } from './common';
import { Explanation } from './documents';

/**
 * Military confidence-building measures (issue 14 points 2-4; ADR 0069, 0124): rule sets as data,
 * declarations of planned activities, the obligations computed from them, and numbered messages.
 */

export const UNCONFIRMED = 'to be confirmed from the agreement text';

/** One parameter of a rule set: its value with its source, or null "to be confirmed from the agreement text". */
const param = <T extends z.ZodType>(value: T, example: z.infer<T>) =>
  z
    .object({
      value: value.nullable(),
      source: z
        .string()
        .min(1)
        .max(1000)
        .describe(`where the value comes from, or "${UNCONFIRMED}" when value is null`),
      article: z
        .string()
        .max(200)
        .nullable()
        .describe('the article of the agreement it applies; null when not confirmed'),
    })
    .meta({ example: { value: example, source: 'https://example.org/agreement-text', article: null } });

export const ActivityKind = z
  .enum(['exercise', 'troop_movement', 'other_activity'])
  .meta({ id: 'CbmActivityKind' });
export type ActivityKind = z.infer<typeof ActivityKind>;

const Days = z.number().int().min(0).max(3650);
const Count = z.number().int().min(0).max(10_000_000);

export const RuleSetParams = z
  .strictObject({
    notifiableKinds: param(z.array(ActivityKind).max(3), ['exercise']),
    borderZoneKm: param(z.number().min(0).max(10_000), 100),
    troopsThreshold: param(Count, 9000),
    equipmentThreshold: param(Count, 250),
    noticeDays: param(Days, 42),
    observersInvited: param(z.boolean(), true),
    observerTroopsThreshold: param(Count, 13000),
    queryAnswerDays: param(Days, 7),
    urgentQueryAnswerDays: param(Days, 2),
    exchangeDate: param(z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'MM-DD'), '12-15'),
    visitQuota: param(Count, 3),
  })
  .meta({ id: 'CbmRuleSetParams' });
export type RuleSetParams = z.infer<typeof RuleSetParams>;
export type ParamName = keyof RuleSetParams;

export const RuleSetDto = z
  .object({
    id: z.string(),
    code: z.string(),
    version: z.number().int(),
    title: z.string(),
    effectiveFrom: IsoDate.nullable().describe('null while the linked agreement is not in force'),
    effectiveFromSource: z.string().describe('why the rule set starts on that day'),
    documentId: z.string().nullable().describe('the agreement in the documents module, when linked'),
    params: RuleSetParams,
    createdAt: Instant,
  })
  .meta({ id: 'CbmRuleSet' });
export type RuleSetDto = z.infer<typeof RuleSetDto>;

export const CreateRuleSetBody = z
  .strictObject({
    code: z.string().trim().min(1).max(40),
    title: z.string().trim().min(1).max(300),
    effectiveFrom: IsoDate.optional().describe('required unless documentId is given'),
    documentId: z
      .string()
      .max(64)
      .optional()
      .describe(
        'the agreement whose entry into force (as the documents module computes it) starts the rule set',
      ),
    params: RuleSetParams,
  })
  .refine((b) => b.effectiveFrom !== undefined || b.documentId !== undefined, {
    message: 'give effectiveFrom or documentId',
    path: ['effectiveFrom'],
  })
  .meta({
    example: {
      code: '1996',
      title: '1996 agreement, corrected',
      effectiveFrom: '1996-04-26',
      params: Object.fromEntries(
        [
          'notifiableKinds',
          'borderZoneKm',
          'troopsThreshold',
          'equipmentThreshold',
          'noticeDays',
          'observersInvited',
          'observerTroopsThreshold',
          'queryAnswerDays',
          'urgentQueryAnswerDays',
          'exchangeDate',
          'visitQuota',
        ].map((k) => [k, { value: null, source: UNCONFIRMED, article: null }]),
      ),
    },
  });

const Lon = z.number().min(-180).max(180);
const Lat = z.number().min(-90).max(90);
const Ring = z
  .array(z.tuple([Lon, Lat]))
  .min(4)
  .max(2000);
export const AreaGeometry = z
  .strictObject({ type: z.literal('Polygon'), coordinates: z.array(Ring).min(1).max(20) })
  .meta({ id: 'CbmArea', description: 'GeoJSON Polygon (RFC 7946), WGS 84 [longitude, latitude]' });

export const DeclarationBody = z
  .strictObject({
    state: StateCode.describe('the declaring state; its defence contact declares'),
    kind: ActivityKind,
    from: IsoDate,
    to: IsoDate,
    troops: Count,
    equipment: Count.describe('major equipment items (tanks, armoured vehicles, artillery pieces)'),
    area: AreaGeometry,
    borderDistanceKm: z
      .number()
      .min(0)
      .max(10_000)
      .describe('distance of the area from the border, as the declaring state measures it'),
    concerned: namesStates(
      z.array(StateCode).min(1).max(20),
      'the states across the border, to whom the notification goes',
    ),
  })
  .refine((b) => b.to >= b.from, { message: 'to is before from', path: ['to'] })
  .meta({
    example: {
      state: 'KZ',
      kind: 'exercise',
      from: '2027-06-01',
      to: '2027-06-10',
      troops: 5000,
      equipment: 120,
      area: {
        type: 'Polygon',
        coordinates: [
          [
            [80.1, 45.1],
            [80.6, 45.1],
            [80.6, 45.5],
            [80.1, 45.1],
          ],
        ],
      },
      borderDistanceKm: 60,
      concerned: ['CN'],
    },
  });
export type DeclarationBody = z.infer<typeof DeclarationBody>;

export const ObligationKind = z.enum(['notify', 'invite_observers', 'undecidable', 'not_notifiable']);
export const ObligationDto = z
  .object({
    kind: ObligationKind,
    due: IsoDate.nullable().describe('the last day to fulfil it; null when not due or not decidable'),
    late: z.boolean().describe('declared after the last day of notice'),
    article: z.string().nullable(),
    explanation: Explanation,
  })
  .meta({ id: 'CbmObligation' });
export type ObligationDto = z.infer<typeof ObligationDto>;

export const DeclarationDto = z
  .object({
    id: z.string(),
    state: StateCode,
    kind: ActivityKind,
    from: IsoDate,
    to: IsoDate,
    troops: z.number().int(),
    equipment: z.number().int(),
    area: AreaGeometry,
    borderDistanceKm: z.number(),
    concerned: z.array(StateCode),
    declaredOn: IsoDate,
    ruleSet: z.object({ id: z.string(), code: z.string(), version: z.number().int() }),
    obligations: z.array(ObligationDto),
    computedAt: Instant,
    notificationId: z.string().nullable().describe('the notification message, once sent'),
    overdue: z.boolean().describe('the notice deadline passed without a notification (flagged by the clock)'),
    demo: z.boolean(),
  })
  .meta({ id: 'CbmDeclaration' });
export type DeclarationDto = z.infer<typeof DeclarationDto>;

export const IdParams = z.object({ id: z.string().max(64) });

export const MessageKind = z.enum(['notification', 'query', 'answer', 'visit_request', 'exchange']);
export const MessageDto = z
  .object({
    id: z.string(),
    reference: z.string().describe('CBM/<state>/<year>/<number>'),
    kind: MessageKind,
    precedence: z.enum(['routine', 'urgent']),
    fromState: StateCode,
    toStates: z.array(StateCode),
    subject: z.string(),
    text: z.string().describe('the formatted message, PRECEDENCE … END OF MESSAGE'),
    article: z.string().describe('the rule-set article the message fulfils'),
    refersTo: z.array(z.object({ id: z.string(), reference: z.string() })),
    declarationId: z.string().nullable(),
    circulationId: z.string().nullable(),
    sentAt: Instant,
    answerDue: Instant.nullable().describe('queries: when the answer is due'),
    answeredAt: Instant.nullable(),
    overdue: z.boolean().describe('a query unanswered past its clock (flagged)'),
    demo: z.boolean(),
  })
  .meta({ id: 'CbmMessage' });
export type MessageDto = z.infer<typeof MessageDto>;

export const MessageListQuery = z.object({ year: z.coerce.number().int().min(1990).max(2200).optional() });

export const SendMessageBody = z
  .strictObject({
    state: StateCode.describe('the sending state'),
    kind: z.enum(['query', 'visit_request']),
    to: namesStates(z.array(StateCode).min(1).max(20), 'the states the message is sent to'),
    subject: z.string().trim().min(1).max(300),
    text: z.string().trim().min(1).max(20_000),
    urgent: z.boolean().default(false),
    refersTo: z.array(z.string().max(64)).max(20).default([]),
  })
  .meta({
    example: {
      state: 'KZ',
      kind: 'query',
      to: ['CN'],
      subject: 'Query about a notified exercise',
      text: 'Please state the number of aircraft taking part.',
      urgent: false,
      refersTo: [],
    },
  });

export const AnswerBody = z
  .strictObject({ state: StateCode, text: z.string().trim().min(1).max(20_000) })
  .meta({ example: { state: 'KZ', text: 'Twelve aircraft take part.' } });

export const ExchangeBody = z
  .strictObject({
    state: StateCode,
    year: z.number().int().min(1996).max(2200).describe('the year the information is valid for'),
    text: z.string().trim().min(1).max(50_000),
  })
  .meta({ example: { state: 'KZ', year: 2027, text: 'Annual information on forces in the border area.' } });

export const CalendarQuery = z.object({ year: z.coerce.number().int().min(1990).max(2200) });

export const CalendarDto = z
  .object({
    year: z.number().int(),
    ruleSet: z.object({ id: z.string(), code: z.string(), version: z.number().int() }).nullable(),
    activities: z.array(
      z.object({
        declarationId: z.string(),
        state: StateCode,
        kind: ActivityKind,
        from: IsoDate,
        to: IsoDate,
        troops: z.number().int(),
        obligations: z.array(ObligationKind),
        notifyBy: IsoDate.nullable(),
      }),
    ),
    exchange: z.object({
      due: IsoDate.nullable().describe('null: the date is to be confirmed from the agreement text'),
      source: z.string(),
      states: z.array(
        z.object({ state: StateCode, submittedAt: Instant.nullable(), messageId: z.string().nullable() }),
      ),
    }),
    quotas: z.array(
      z.object({
        state: StateCode,
        quota: z.number().int().nullable(),
        source: z.string(),
        used: z.number().int().describe('visit requests received this year'),
      }),
    ),
  })
  .meta({ id: 'CbmCalendar' });
export type CalendarDto = z.infer<typeof CalendarDto>;
