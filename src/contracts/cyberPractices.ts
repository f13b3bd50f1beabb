import { z } from 'zod';
import { ContentLanguage, IsoDate, StateCode } from './common';

/** A library practice may be public (CLEAR) or stay within the member CERTs (GREEN); nothing narrower. */
export const PracticeMarking = z.enum(['clear', 'green']);
export type PracticeMarking = z.infer<typeof PracticeMarking>;

/** How a language version came to be: written in it, or translated by a machine or as a working draft. */
export const TranslationKind = z.enum(['original', 'machine', 'working']);
export type TranslationKind = z.infer<typeof TranslationKind>;

const PracticeText = z.strictObject({
  title: z.string().trim().min(1).max(300),
  summary: z.string().trim().min(1).max(2000),
  body: z.string().trim().min(1).max(50_000),
  translation: TranslationKind.default('original'),
});

const Content = z
  .strictObject({ en: PracticeText.optional(), ru: PracticeText.optional(), zh: PracticeText.optional() })
  .refine((c) => Object.values(c).some(Boolean), { message: 'at least one language' });

const Tag = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'lower-case letters, digits and dashes');

export const PlanItemRef = z.strictObject({ planId: z.string().max(64), itemId: z.string().max(64) });

export const ProposePracticeBody = z
  .strictObject({
    content: Content,
    marking: PracticeMarking,
    tags: z.array(Tag).max(20).default([]),
    planItems: z.array(PlanItemRef).max(50).default([]),
  })
  .meta({ id: 'ProposePractice' });
export type ProposePracticeBody = z.input<typeof ProposePracticeBody>;

/** An update replaces the texts, tags and linked plan items; the marking is fixed at proposal. */
export const UpdatePracticeBody = z
  .strictObject({
    content: Content,
    tags: z.array(Tag).max(20).default([]),
    planItems: z.array(PlanItemRef).max(50).default([]),
  })
  .meta({ id: 'UpdatePractice' });
export type UpdatePracticeBody = z.input<typeof UpdatePracticeBody>;

export const AdoptionStatus = z.enum(['planned', 'in_progress', 'adopted']);
export type AdoptionStatus = z.infer<typeof AdoptionStatus>;

const OutcomeText = z.strictObject({
  text: z.string().trim().min(1).max(10_000),
  translation: TranslationKind.default('original'),
});

export const RecordAdoptionBody = z
  .strictObject({
    status: AdoptionStatus,
    date: IsoDate.describe('when the state planned, began or completed the adoption'),
    outcome: z
      .strictObject({ en: OutcomeText.optional(), ru: OutcomeText.optional(), zh: OutcomeText.optional() })
      .default({}),
  })
  .meta({ id: 'RecordAdoption' });
export type RecordAdoptionBody = z.input<typeof RecordAdoptionBody>;

export const PracticeParams = z.strictObject({ id: z.string().max(64) });
export const AdoptionParams = z.strictObject({ id: z.string().max(64), state: StateCode });

export const PracticeListQuery = z.strictObject({
  q: z.string().trim().max(200).optional().describe('words in a title, summary or body, any language'),
  tag: Tag.optional(),
  state: StateCode.optional().describe('the proposing CERT’s state'),
  adoptedBy: StateCode.optional(),
  marking: PracticeMarking.optional(),
  planItem: z.string().max(64).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
export type PracticeListQuery = z.input<typeof PracticeListQuery>;

const TextDto = z.object({
  title: z.string(),
  summary: z.string(),
  body: z.string(),
  translation: TranslationKind,
});
const OutcomeDto = z.object({ text: z.string(), translation: TranslationKind });

export const AdoptionDto = z.object({
  state: z.string(),
  status: AdoptionStatus,
  date: z.string(),
  outcome: z.partialRecord(ContentLanguage, OutcomeDto),
  recordedAt: z.string(),
  noteId: z.string().describe('the STIX note that carries the result in the best-practices collection'),
});
export type AdoptionDto = z.infer<typeof AdoptionDto>;

export const LinkedPlanItemDto = z.object({
  planId: z.string(),
  itemId: z.string(),
  planTitle: z.object({ en: z.string(), ru: z.string(), zh: z.string() }),
  itemTitle: z.object({ en: z.string(), ru: z.string(), zh: z.string() }),
  demo: z.boolean(),
});
export type LinkedPlanItemDto = z.infer<typeof LinkedPlanItemDto>;

export const PracticeSummaryDto = z.object({
  id: z.string(),
  content: z.partialRecord(ContentLanguage, TextDto.omit({ body: true })),
  marking: PracticeMarking,
  tags: z.array(z.string()),
  proposerState: z.string(),
  demo: z.boolean(),
  proposedAt: z.string(),
  updatedAt: z.string(),
  adoptions: z.partialRecord(AdoptionStatus, z.number().int()),
});
export type PracticeSummaryDto = z.infer<typeof PracticeSummaryDto>;

export const PracticeDto = PracticeSummaryDto.omit({ content: true, adoptions: true }).extend({
  content: z.partialRecord(ContentLanguage, TextDto),
  version: z.number().int(),
  planItems: z
    .array(LinkedPlanItemDto)
    .describe('the linked plan items this reader may see; others are left out'),
  adoptions: z.array(AdoptionDto),
  stix: z.object({
    collectionId: z.string(),
    courseOfActionId: z.string(),
    reportId: z.string(),
  }),
  mayEdit: z.boolean(),
});
export type PracticeDto = z.infer<typeof PracticeDto>;

const Counts = z.record(z.string(), z.number().int());

export const PracticeListDto = z.object({
  items: z.array(PracticeSummaryDto),
  total: z.number().int().describe('practices matching the filters that this reader may see'),
  counts: z
    .object({ tags: Counts, states: Counts, markings: Counts, adoptedBy: Counts })
    .describe('over the matching practices this reader may see'),
});
export type PracticeListDto = z.infer<typeof PracticeListDto>;
