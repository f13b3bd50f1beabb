import { z } from 'zod';
import { namesStates, StateCode, TranslatedText } from './common';

/**
 * Culture and tourism (issue 11): the SCO's lists (programmes), what states nominate into them, and the
 * designations the member states decide. Every public text is `{ en, ru, zh }`; an empty version is not
 * translated yet and `working` marks the platform's own translations (ADR 0079).
 */
export const ProgrammeCode = z
  .string()
  .regex(/^[a-z][a-z0-9_]{1,39}$/)
  .meta({ id: 'CultureProgrammeCode', example: 'eight_wonders' });

export const Criterion = z.object({ code: z.string(), text: TranslatedText });
export const ChecklistPart = z.object({
  part: z.string().describe('the stable code of a dossier part'),
  label: TranslatedText,
  required: z.boolean(),
});
export type ChecklistPart = z.infer<typeof ChecklistPart>;
export const CalendarStep = z.object({
  step: z.enum(['call_opens', 'file_deadline', 'evaluation', 'decision']),
  /** Month and day of each cycle (`--MM-DD`), or null where the programme has no fixed date yet. */
  monthDay: z.string().nullable(),
  label: TranslatedText,
});

export const ProgrammeDto = z
  .object({
    code: ProgrammeCode,
    name: TranslatedText,
    description: TranslatedText,
    criteria: z.array(Criterion),
    checklist: z.array(ChecklistPart),
    calendar: z.array(CalendarStep),
    body: z.string().describe('the SCO body whose decision designates (a code of /api/v1/bodies)'),
    cycle: z.enum(['yearly', 'open']),
    source: z.string(),
  })
  .meta({ id: 'CultureProgramme' });
export type ProgrammeDto = z.infer<typeof ProgrammeDto>;

/** A place as a GeoJSON geometry (point or area), or null where no sourced position is held. */
export const Place = z.strictObject({
  name: TranslatedText,
  geometry: z
    .union([
      z.strictObject({ type: z.literal('Point'), coordinates: z.tuple([z.number(), z.number()]) }),
      z.strictObject({
        type: z.literal('Polygon'),
        coordinates: z
          .array(z.array(z.tuple([z.number(), z.number()])).min(4))
          .min(1)
          .max(20),
      }),
    ])
    .nullable(),
  state: namesStates(StateCode, 'the state the place lies in'),
});
export type Place = z.infer<typeof Place>;

export const DesignationStatus = z.enum(['designated', 'under_review', 'withdrawn']);
export const DesignationDto = z
  .object({
    id: z.string(),
    programme: ProgrammeCode,
    name: TranslatedText,
    description: TranslatedText.nullable(),
    states: z.array(z.string()),
    places: z.array(Place),
    period: z.object({ from: z.number().int(), to: z.number().int() }).nullable(),
    designatedOn: z.string().nullable(),
    decisionId: z.string().nullable(),
    decisionNumber: z.string().nullable(),
    criteria: z.array(z.string()),
    status: DesignationStatus,
    source: z.string(),
    demo: z.boolean(),
  })
  .meta({ id: 'CultureDesignation' });
export type DesignationDto = z.infer<typeof DesignationDto>;

const Text = (max: number, example: string) =>
  z.union([z.string().trim().min(1).max(max), TranslatedText]).meta({ example });

export const TentativeBody = z
  .strictObject({
    programme: ProgrammeCode,
    state: StateCode,
    name: Text(300, 'Khoja Ahmed Yasawi mausoleum'),
    description: Text(5000, 'A brief description of the place').optional(),
  })
  .meta({ id: 'CultureTentativeBody' });
export const ConsentBody = z.strictObject({ state: StateCode }).meta({ id: 'CultureConsent' });
export const TentativeDto = z
  .object({
    id: z.string(),
    programme: ProgrammeCode,
    state: z.string(),
    name: TranslatedText,
    description: TranslatedText.nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'CultureTentativeEntry' });
export type TentativeDto = z.infer<typeof TentativeDto>;

export const NominationStatus = z.enum([
  'draft',
  'submitted',
  'returned',
  'complete',
  'proposed',
  'designated',
  'not_designated',
]);
export type NominationStatus = z.infer<typeof NominationStatus>;
export const Recommendation = z.enum(['inscribe', 'refer', 'defer', 'not_inscribe']);
export type Recommendation = z.infer<typeof Recommendation>;

export const NominationBody = z
  .strictObject({
    programme: ProgrammeCode,
    state: StateCode.describe('the nominating (lead) state'),
    states: namesStates(
      z.array(StateCode).max(10).default([]),
      'co-nominating states of a serial (transnational) nomination; each coordinator consents',
    ),
    name: Text(300, 'Khoja Ahmed Yasawi mausoleum'),
    description: Text(10_000, 'What the place is and why it belongs on the list').optional(),
    places: z.array(Place).max(50).default([]),
    criteria: z.array(z.string().max(40)).max(20).default([]),
    tentativeId: z.string().max(64).optional().describe('the tentative-list entry it comes from'),
    offListReason: z
      .string()
      .trim()
      .min(1)
      .max(2000)
      .optional()
      .describe('why it does not come from the tentative list'),
  })
  .meta({ id: 'CultureNominationBody' });
export type NominationBody = z.infer<typeof NominationBody>;

export const DossierPartDto = z.object({
  part: z.string(),
  fileId: z.string(),
  name: z.string(),
  size: z.number(),
  addedAt: z.string(),
});
export const NominationDto = z
  .object({
    id: z.string(),
    programme: ProgrammeCode,
    state: z.string(),
    states: z.array(z.string()),
    consents: z.array(z.string()),
    name: TranslatedText,
    description: TranslatedText.nullable(),
    places: z.array(Place),
    criteria: z.array(z.string()),
    tentativeId: z.string().nullable(),
    offListReason: z.string().nullable(),
    status: NominationStatus,
    missing: z.array(z.string()),
    parts: z.array(DossierPartDto),
    recommendation: Recommendation.nullable(),
    decisionId: z.string().nullable(),
    designationId: z.string().nullable(),
    createdAt: z.string(),
    submittedAt: z.string().nullable(),
    demo: z.boolean(),
  })
  .meta({ id: 'CultureNomination' });
export type NominationDto = z.infer<typeof NominationDto>;

export const CompletenessBody = z
  .strictObject({
    complete: z.boolean(),
    missing: z.array(z.string().max(40)).max(30).optional().describe('the parts returned as missing'),
  })
  .meta({ id: 'CultureCompleteness', example: { complete: false, missing: ['management_plan'] } });

export const ProposeBody = z
  .strictObject({ recommendation: Recommendation })
  .meta({ id: 'CultureProposal', example: { recommendation: 'inscribe' } });
