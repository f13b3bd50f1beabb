import { z } from 'zod';
import { IsoDate, Localized, namesStates, StateCode, TranslatedText } from './common';
import { Source } from './states';

export const MeetingKind = z
  .enum([
    'summit',
    'council',
    'ministerial',
    'national_coordinators',
    'expert_group',
    'forum',
    'festival',
    'other',
  ])
  .meta({ id: 'MeetingKind' });
export type MeetingKind = z.infer<typeof MeetingKind>;

export const MeetingLevel = z
  .enum(['heads_of_state', 'heads_of_government', 'ministerial', 'senior_officials', 'expert', 'public'])
  .meta({ id: 'MeetingLevel' });
export type MeetingLevel = z.infer<typeof MeetingLevel>;

export const MeetingVisibility = z.enum(['public', 'restricted']).meta({
  id: 'MeetingVisibility',
  description: 'restricted: seen only by the Secretariat and holders of a member-state mandate',
});
export type MeetingVisibility = z.infer<typeof MeetingVisibility>;

/** True when the runtime knows the IANA zone; the same check runs in the browser and on the server. */
export function isTimeZone(tz: string): boolean {
  // Offsets such as "+05:00" are not zones: they ignore the host's daylight-saving rules.
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(tz)) return false;
  try {
    new Intl.DateTimeFormat(undefined, { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

export const TimeZone = z
  .string()
  .max(64)
  .refine(isTimeZone, 'an IANA time zone such as Asia/Almaty')
  .meta({ id: 'TimeZone', example: 'Asia/Almaty' });

export const LocalTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM, 24-hour clock')
  .meta({ id: 'LocalTime', example: '10:00' });

const Text = (max: number) => z.string().trim().min(1).max(max);
const RequiredLocalized = (max: number) => z.strictObject({ en: Text(max), ru: Text(max), zh: Text(max) });

const BodyCode = z
  .string()
  .min(2)
  .max(10)
  .meta({ example: 'CFM' })
  .transform((s) => s.toUpperCase());
const UpperStateCode = z
  .string()
  .meta({ example: 'UZ' })
  .transform((s) => s.toUpperCase())
  .pipe(StateCode);
const MEETING_STATES = 'the Secretariat organises meetings: it names the host and the participants';
const MeetingHost = namesStates(UpperStateCode, MEETING_STATES);

export const MeetingSourceInput = z
  .strictObject({
    url: z
      .url({ protocol: /^https?$/ })
      .max(2000)
      .nullable(),
    confidence: Source.shape.confidence.default('unverified'),
    note: z
      .union([z.string().trim().max(2000), TranslatedText])
      .nullable()
      .default(null)
      .describe('one language, or { en, ru, zh } (ADR 0079)'),
  })
  .meta({ id: 'MeetingSourceInput' });

const schedule = {
  timeZone: TimeZone.describe("the host's IANA time zone; dates and times are local to it"),
  startDate: IsoDate.describe('first day, in the host time zone'),
  endDate: IsoDate.describe('last day (inclusive), in the host time zone; not before startDate'),
  startTime: LocalTime.nullable().describe('local start time on startDate; with endTime, or both absent'),
  endTime: LocalTime.nullable()
    .describe('local end time on endDate; absent for an all-day meeting')
    .meta({ example: '18:00' }),
};

export const CreateMeetingBody = z
  .strictObject({
    kind: MeetingKind,
    level: MeetingLevel,
    body: BodyCode.optional().describe('the SCO body meeting, e.g. HSC, CFM, CNC'),
    title: RequiredLocalized(500),
    hostState: MeetingHost,
    city: RequiredLocalized(200),
    ...schedule,
    startTime: schedule.startTime.optional(),
    endTime: schedule.endTime.optional(),
    participants: namesStates(
      z
        .array(UpperStateCode)
        .min(1)
        .max(60)
        .optional()
        .describe('states taking part; default: the current member states'),
      MEETING_STATES,
    ),
    visibility: MeetingVisibility.default('restricted'),
    source: MeetingSourceInput.optional(),
  })
  .meta({ id: 'CreateMeeting' });
export type CreateMeetingBody = z.infer<typeof CreateMeetingBody>;

export const PatchMeetingBody = z
  .strictObject({
    kind: MeetingKind,
    level: MeetingLevel,
    body: BodyCode.nullable(),
    title: RequiredLocalized(500),
    hostState: MeetingHost,
    city: RequiredLocalized(200),
    ...schedule,
    participants: namesStates(z.array(UpperStateCode).min(1).max(60), MEETING_STATES),
    visibility: MeetingVisibility,
    source: MeetingSourceInput.nullable(),
  })
  .partial()
  .refine((b) => Object.keys(b).length > 0, 'change at least one field')
  .meta({ id: 'PatchMeeting', description: 'Only the fields given change; null clears an optional field.' });
export type PatchMeetingBody = z.infer<typeof PatchMeetingBody>;

export const AddAgendaItemBody = z
  .strictObject({
    title: RequiredLocalized(1000),
    decisionId: z.string().max(64).optional().describe('a draft decision to be taken under this item'),
  })
  .meta({ id: 'AddAgendaItem' });
export type AddAgendaItemBody = z.infer<typeof AddAgendaItemBody>;

export const ReorderAgendaBody = z
  .strictObject({
    itemIds: z
      .array(z.string().max(64))
      .min(1)
      .max(500)
      .describe('every item of the agenda, each once, in its new order'),
  })
  .meta({ id: 'ReorderAgenda' });
export type ReorderAgendaBody = z.infer<typeof ReorderAgendaBody>;

export const MeetingsQuery = z.strictObject({
  from: IsoDate.optional().describe('meetings that end on or after this day'),
  to: IsoDate.optional().describe('meetings that start on or before this day'),
  body: BodyCode.optional(),
  level: MeetingLevel.optional(),
  kind: MeetingKind.optional(),
  state: UpperStateCode.optional().describe('meetings this state hosts or takes part in'),
});
export type MeetingsQuery = z.infer<typeof MeetingsQuery>;

export const CalendarQuery = z.strictObject({
  body: BodyCode.optional(),
  state: UpperStateCode.optional().describe('meetings this state hosts or takes part in'),
});
export const CalendarBodyParams = z.strictObject({ code: BodyCode });
export const CalendarStateParams = z.strictObject({ code: UpperStateCode });
export const MeetingParams = z.strictObject({ id: z.string().max(64) });
export const AgendaItemParams = z.strictObject({ id: z.string().max(64), itemId: z.string().max(64) });

export const AgendaItemDto = z
  .object({
    id: z.string(),
    position: z.number().int().describe('1-based order on the agenda'),
    title: Localized,
    decisionId: z
      .string()
      .nullable()
      .describe('the linked decision; null also when the reader may not see it'),
  })
  .meta({ id: 'AgendaItem' });
export type AgendaItemDto = z.infer<typeof AgendaItemDto>;

export const MeetingSummaryDto = z
  .object({
    id: z.string(),
    kind: MeetingKind,
    level: MeetingLevel,
    body: z.string().nullable(),
    title: Localized,
    hostState: StateCode,
    city: Localized,
    timeZone: z.string(),
    startDate: z.string(),
    endDate: z.string(),
    startTime: z.string().nullable(),
    endTime: z.string().nullable(),
    allDay: z.boolean().describe('true when no local times are set'),
    startsAt: z.string().nullable().describe('UTC instant of the start, for a timed meeting'),
    endsAt: z.string().nullable().describe('UTC instant of the end, for a timed meeting'),
    participants: z.array(StateCode),
    visibility: MeetingVisibility,
    source: Source.nullable().describe('where a seeded fact comes from'),
    demo: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
    agendaPublishedAt: z
      .string()
      .nullable()
      .describe('when the Secretariat published the agenda; it no longer changes after that'),
    minutesPublishedAt: z.string().nullable().describe('when the Secretariat published the minutes'),
  })
  .meta({ id: 'MeetingSummary' });
export type MeetingSummaryDto = z.infer<typeof MeetingSummaryDto>;

export const MinutesDecisionDto = z
  .object({
    id: z.string(),
    body: z.string(),
    number: z.string(),
    title: Localized,
    result: z.enum(['adopted', 'not_adopted']),
    closedAt: z.string(),
  })
  .meta({ id: 'MinutesDecision' });

export const MinutesStatementDto = z
  .object({ state: StateCode, decisionId: z.string(), text: z.string().nullable() })
  .meta({ id: 'MinutesStatement' });

export const MinutesDto = z
  .object({
    decisions: z.array(MinutesDecisionDto).describe("the meeting's decisions that have been taken"),
    statements: z
      .array(MinutesStatementDto)
      .describe('statements of position recorded on those decisions (they do not block)'),
  })
  .meta({ id: 'Minutes', description: 'Derived from the decisions linked to the meeting; not stored.' });
export type MinutesDto = z.infer<typeof MinutesDto>;

export const MeetingDto = MeetingSummaryDto.extend({
  agenda: z.array(AgendaItemDto),
  minutes: MinutesDto,
}).meta({ id: 'Meeting' });
export type MeetingDto = z.infer<typeof MeetingDto>;
