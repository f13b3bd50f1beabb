import { z } from 'zod';
import { Localized, namesStates, onBehalfOf, PartialDate, StateCode, TranslatedText } from './common';

/**
 * `partner` is the single status created at Tianjin on 1 September 2025; `observer` and
 * `dialogue_partner` are the legacy statuses it replaced. `applicant` means the admission procedure
 * has been launched.
 */
export const StateStatus = z.enum([
  'member',
  'partner',
  'observer',
  'dialogue_partner',
  'applicant',
  'suspended',
  'former',
]);
export type StateStatus = z.infer<typeof StateStatus>;

export const Source = z
  .object({
    url: z.string().nullable(),
    confidence: z.enum(['confirmed', 'secondary', 'unverified']),
    note: z.string().nullable().describe('the note in English (kept for older clients)'),
    noteLocalized: TranslatedText.nullable().describe('the note in the three languages (ADR 0079)'),
  })
  .meta({ id: 'Source' });
export type Source = z.infer<typeof Source>;
/** A source as reference data writes it: the note in English, translated when stored. */
export type EnglishSource = Omit<Source, 'noteLocalized'>;

export const StateSummaryDto = z
  .object({
    code: StateCode,
    iso3: z.string(),
    isoNumeric: z.string(),
    name: Localized,
    status: StateStatus,
    since: PartialDate.nullable(),
  })
  .meta({ id: 'StateSummary' });
export type StateSummaryDto = z.infer<typeof StateSummaryDto>;

export const StatusHistoryEntryDto = z
  .object({
    status: StateStatus,
    from: PartialDate.nullable(),
    to: PartialDate.nullable(),
    source: Source,
    decisionId: z
      .string()
      .nullable()
      .describe('the decision that made the change, when recorded by the platform'),
  })
  .meta({ id: 'StatusHistoryEntry' });
export type StatusHistoryEntryDto = z.infer<typeof StatusHistoryEntryDto>;

export const StateContactDto = z
  .object({
    office: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    website: z.string().nullable(),
    updatedAt: z.string(),
    updatedBy: z.string().nullable(),
  })
  .meta({ id: 'StateContact' });

export const AdmissionStepKind = z.enum([
  'application',
  'procedure_launched',
  'memorandum_signed',
  'membership_granted',
]);

export const AdmissionStepDto = z
  .object({
    step: AdmissionStepKind,
    date: z.string(),
    decisionId: z.string().nullable(),
    reference: z.string().nullable(),
  })
  .meta({ id: 'AdmissionStep' });
export type AdmissionStepDto = z.infer<typeof AdmissionStepDto>;

export const RecordApplicationBody = z.strictObject({
  date: z.iso.date(),
  reference: z
    .string()
    .trim()
    .min(1)
    .max(300)
    .optional()
    .describe('registration number of the official request'),
});

export const StateDto = StateSummaryDto.extend({
  history: z.array(StatusHistoryEntryDto),
  admission: z.array(AdmissionStepDto),
  contact: StateContactDto.nullable(),
}).meta({ id: 'State' });
export type StateDto = z.infer<typeof StateDto>;

export const StatesQuery = z.strictObject({ status: StateStatus.optional() });
const PathStateCode = z
  .string()
  .transform((s) => s.toUpperCase())
  .pipe(StateCode);
export const StateParams = z.strictObject({ code: PathStateCode });
/** A state's own record, changed by its national coordinator or the Secretariat. */
export const OwnStateParams = z.strictObject({ code: onBehalfOf(PathStateCode) });
/** An applicant for membership, whose request the Secretariat records. */
export const ApplicantParams = z.strictObject({
  code: namesStates(PathStateCode, 'the applicant, named by the Secretariat'),
});

export const UpdateContactBody = z.strictObject({
  office: z.string().trim().max(300).nullable(),
  email: z.email().nullable(),
  phone: z
    .string()
    .regex(/^\+?[0-9 ()-]{5,30}$/, 'a telephone number')
    .meta({ example: '+7 7172 00 00 00' })
    .nullable(),
  website: z.url({ protocol: /^https?$/ }).nullable(),
});
export type UpdateContactBody = z.infer<typeof UpdateContactBody>;

export const BodyKind = z.enum(['council', 'meeting', 'permanent']);
export const BodyDto = z
  .object({
    code: z.string(),
    name: Localized,
    kind: BodyKind,
    seat: z.string().nullable().describe('the seat in English (kept for older clients)'),
    seatLocalized: TranslatedText.nullable(),
    source: Source,
  })
  .meta({ id: 'Body' });
export type BodyDto = z.infer<typeof BodyDto>;

export const ChairmanshipDto = z
  .object({
    state: StateCode,
    from: PartialDate,
    to: PartialDate.nullable(),
    summit: z.string().nullable().describe('the summit in English (kept for older clients)'),
    summitLocalized: TranslatedText.nullable(),
    source: Source,
  })
  .meta({ id: 'Chairmanship' });
export type ChairmanshipDto = z.infer<typeof ChairmanshipDto>;
