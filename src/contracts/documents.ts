import { z } from 'zod';
import { Localized, namesStates, onBehalfOf, StateCode, TranslatedText } from './common';

export const InstrumentKind = z.enum([
  'charter',
  'agreement',
  'protocol',
  'convention',
  'declaration',
  'strategy',
  'programme',
  'plan',
  'decision',
  'memorandum',
  'statement',
]);
export type InstrumentKind = z.infer<typeof InstrumentKind>;

export const Topic = z.enum([
  'security',
  'economy',
  'transport',
  'energy',
  'culture',
  'environment',
  'information_security',
  'drugs',
  'institutional',
  'membership',
  'finance',
  'education',
  'health',
  'tourism',
]);
export type Topic = z.infer<typeof Topic>;

/**
 * How an instrument enters into force, as data on the instrument. "all" means every signatory. "The Dth
 * day after date X" is X + D days. `requires`: never before those instruments are in force.
 */
export const EntryIntoForceRule = z
  .discriminatedUnion('rule', [
    z.strictObject({ rule: z.literal('on_signature') }),
    z.strictObject({
      rule: z.literal('after_notifications'),
      count: z.union([z.literal('all'), z.number().int().min(1).max(100)]),
      days: z.number().int().min(0).max(3650),
      requires: z.array(z.string().max(64)).max(20).optional(),
    }),
    // A sourced date, used instead of computing when the ratifications are not held (the Charter).
    z.strictObject({
      rule: z.literal('known_date'),
      date: z.iso.date().meta({ example: '2003-09-19' }),
      source: z.url().meta({ example: 'http://www.adilet.zan.kz/rus/docs/Z030000465_/compare' }),
    }),
  ])
  .meta({ id: 'EntryIntoForceRule' });
export type EntryIntoForceRule = z.infer<typeof EntryIntoForceRule>;

export const ActionKind = z.enum(['signature', 'notification', 'accession', 'reservation', 'withdrawal']);
export type ActionKind = z.infer<typeof ActionKind>;

export const Classification = z.enum(['public', 'restricted']);

/** A place of signature in the three languages; an empty Russian or Chinese falls back to English. */
const PlaceText = TranslatedText.extend({
  en: z.string().trim().min(1).max(200),
  ru: z.string().trim().max(200),
  zh: z.string().trim().max(200),
}).meta({ example: { en: 'Tianjin', ru: 'Тяньцзинь', zh: '天津', working: ['ru'] } });

export const CreateInstrumentBody = z
  .strictObject({
    kind: InstrumentKind,
    title: z.strictObject({
      en: z.string().trim().min(1).max(1000),
      ru: z.string().trim().min(1).max(1000),
      zh: z.string().trim().min(1).max(1000),
    }),
    summary: Localized.optional().describe('plain text searched with the title'),
    adoptedBy: z
      .strictObject({
        body: z.string().max(10).optional(),
        meetingId: z.string().max(64).optional(),
        decisionId: z.string().max(64).optional(),
      })
      .optional(),
    adoptedAt: z.iso.date().optional().describe('for texts adopted without signature, e.g. statements'),
    signedAt: z.iso.date().optional(),
    signedPlace: z
      .union([z.string().trim().max(200), PlaceText])
      .optional()
      .describe('the place in one language, or { en, ru, zh } (ADR 0079)'),
    depositary: namesStates(
      z.union([z.literal('secretariat'), StateCode]).default('secretariat'),
      'the keeper of the original, named by the Secretariat',
    ),
    entryIntoForce: EntryIntoForceRule.nullable().describe('null when the rule is not known'),
    withdrawalNoticeDays: z.number().int().min(0).max(3650).optional(),
    classification: Classification.default('public'),
    restrictedUntil: z.iso.date().optional(),
    topics: z.array(Topic).max(10).default([]),
    related: z
      .array(
        z.strictObject({
          kind: z.enum(['amends', 'implements', 'replaces']),
          instrumentId: z.string().max(64),
        }),
      )
      .max(20)
      .default([]),
    source: z
      .strictObject({
        url: z.url(),
        note: z
          .union([z.string().max(500), TranslatedText])
          .optional()
          .describe('one language, or { en, ru, zh } (ADR 0079)'),
      })
      .optional(),
  })
  .meta({ id: 'CreateInstrument' });
export type CreateInstrumentBody = z.infer<typeof CreateInstrumentBody>;

export const RecordActionBody = z
  .strictObject({
    state: onBehalfOf(StateCode).describe('the state acting; the Secretariat records as depositary'),
    kind: ActionKind,
    date: z.iso.date(),
    text: z.string().trim().max(20_000).optional(),
  })
  .meta({ id: 'RecordAction' });
export type RecordActionBody = z.infer<typeof RecordActionBody>;

export const CorrectActionBody = z.strictObject({
  date: z.iso.date().optional(),
  text: z.string().trim().max(20_000).nullable().optional(),
  reason: z.string().trim().min(1).max(1000),
});

export const Explanation = z
  .object({
    key: z.string().describe('i18n key of the sentence'),
    params: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
    text: z.string().describe('the sentence in English'),
  })
  .meta({ id: 'EntryIntoForceExplanation' });
export type Explanation = z.infer<typeof Explanation>;

export const StateStatusDto = z.object({
  state: StateCode,
  signed: z.string().nullable(),
  notified: z.string().nullable(),
  acceded: z.string().nullable(),
  withdrawn: z.string().nullable().describe('date the withdrawal takes effect'),
  reservations: z.array(z.string()),
  inForceFrom: z.string().nullable(),
});

export const ActionDto = z.object({
  id: z.string(),
  state: StateCode,
  kind: ActionKind,
  date: z.string(),
  text: z.string().nullable(),
  recordedBy: z.string().nullable(),
  recordedAt: z.string(),
  notificationNumber: z.string().nullable(),
});

export const InstrumentSummaryDto = z
  .object({
    id: z.string(),
    kind: InstrumentKind,
    title: Localized,
    body: z.string().nullable(),
    adoptedAt: z.string().nullable(),
    signedAt: z.string().nullable(),
    status: z.enum(['not_in_force', 'in_force', 'terminated']),
    entryIntoForce: z.string().nullable(),
    topics: z.array(Topic),
    classification: Classification,
    demo: z.boolean(),
  })
  .meta({ id: 'InstrumentSummary' });
export type InstrumentSummaryDto = z.infer<typeof InstrumentSummaryDto>;

export const TextDto = z.object({
  id: z.string(),
  language: z.string(),
  authentic: z.boolean(),
  filename: z.string(),
  mediaType: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  uploadedAt: z.string(),
});

export const InstrumentDto = InstrumentSummaryDto.extend({
  summary: Localized.nullable(),
  adoptedBy: z.object({
    body: z.string().nullable(),
    meetingId: z.string().nullable(),
    decisionId: z.string().nullable(),
  }),
  signedPlace: z.string().nullable().describe('the place in English (kept for older clients)'),
  signedPlaceLocalized: TranslatedText.nullable(),
  depositary: z.string(),
  rule: EntryIntoForceRule.nullable(),
  withdrawalNoticeDays: z.number().nullable(),
  restrictedUntil: z.string().nullable(),
  explanation: Explanation,
  states: z.array(StateStatusDto),
  actions: z.array(ActionDto),
  texts: z.array(TextDto),
  related: z.array(
    z.object({ kind: z.string(), instrumentId: z.string(), direction: z.enum(['outgoing', 'incoming']) }),
  ),
  source: z.object({
    url: z.string().nullable(),
    note: z.string().nullable().describe('the note in English (kept for older clients)'),
    noteLocalized: TranslatedText.nullable(),
  }),
}).meta({ id: 'Instrument' });
export type InstrumentDto = z.infer<typeof InstrumentDto>;

export const DocumentsQuery = z.strictObject({
  kind: InstrumentKind.optional(),
  body: z.string().max(10).optional(),
  year: z.coerce.number().int().min(1990).max(2100).optional(),
  state: StateCode.optional(),
  topic: Topic.optional(),
  status: z.enum(['not_in_force', 'in_force', 'terminated']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  before: z.string().max(64).optional(),
});

export const SearchQuery = DocumentsQuery.omit({ before: true, status: true }).extend({
  q: z.string().trim().min(1).max(200),
});

export const SearchHitDto = InstrumentSummaryDto.extend({ snippet: z.string().nullable() });

export const NotificationDto = z
  .object({
    id: z.string(),
    number: z.string(),
    instrumentId: z.string(),
    kind: z.string(),
    state: z.string().nullable(),
    date: z.string(),
    text: Localized,
    createdAt: z.string(),
  })
  .meta({ id: 'DepositaryNotification' });
