import { z } from 'zod';
import { IsoDate, Localized, namesStates, onBehalfOf, StateCode, TranslatedText } from './common';
import { FunderRef, Money, MoneyDto } from './finance';
import { ThreadPostDto } from './threads';

export const Sector = z
  .enum([
    'transport_logistics',
    'energy',
    'water_saving',
    'environment',
    'digital',
    'agriculture',
    'industry',
    'health',
    'education',
    'tourism',
    'other',
  ])
  .meta({ id: 'ProjectSector' });
export type Sector = z.infer<typeof Sector>;

/** The development banks' project cycle, as OC4IDS names its stages, plus the SCO's approval gate. */
export const Stage = z
  .enum([
    'identification',
    'preparation',
    'appraisal',
    'approval',
    'implementation',
    'completion',
    'cancelled',
  ])
  .meta({ id: 'ProjectStage' });
export type Stage = z.infer<typeof Stage>;

// GeoJSON (RFC 7946): positions are [longitude, latitude] or [longitude, latitude, elevation] in WGS 84.
const Lon = z.number().min(-180).max(180);
const Lat = z.number().min(-90).max(90);
const Position = z.union([z.tuple([Lon, Lat]), z.tuple([Lon, Lat, z.number()])]);
export const PointGeometry = z.strictObject({ type: z.literal('Point'), coordinates: Position });
export const LineStringGeometry = z.strictObject({
  type: z.literal('LineString'),
  coordinates: z.array(Position).min(2).max(5000),
});
export const Geometry = z.discriminatedUnion('type', [PointGeometry, LineStringGeometry]);
export type Geometry = z.infer<typeof Geometry>;
const FeatureProperties = z.strictObject({ name: z.string().trim().max(200).optional() });
export const Feature = z
  .strictObject({
    type: z.literal('Feature'),
    geometry: Geometry,
    properties: FeatureProperties.nullable().optional(),
  })
  .meta({ id: 'GeoJsonFeature' });
export const FeatureCollection = z
  .strictObject({ type: z.literal('FeatureCollection'), features: z.array(Feature).max(100) })
  .meta({ id: 'GeoJsonFeatureCollection' });
export type FeatureCollection = z.infer<typeof FeatureCollection>;

/** A FeatureCollection, or for convenience a single geometry/feature or a list of them (normalised). */
export const LocationsInput = z.union([
  z.discriminatedUnion('type', [FeatureCollection, Feature, PointGeometry, LineStringGeometry]),
  z.array(z.discriminatedUnion('type', [Feature, PointGeometry, LineStringGeometry])).max(100),
]);

const Text = (max: number) =>
  z.strictObject({
    en: z.string().trim().min(1).max(max),
    ru: z.string().trim().min(1).max(max),
    zh: z.string().trim().min(1).max(max),
  });

export const CreateProjectBody = z
  .strictObject({
    title: Text(300),
    description: Text(20_000),
    sector: Sector,
    locations: LocationsInput.optional(),
    countries: namesStates(
      z.array(StateCode).min(1).max(30).describe('states involved; each must be known'),
      'where the project is carried out',
    ),
    estimatedCost: Money,
    expectedResults: Text(20_000),
    proposingState: StateCode.optional().describe(
      "the member state proposing, by its national coordinator; omitted when the Secretariat proposes on sponsors' behalf",
    ),
    sponsors: onBehalfOf(
      z
        .array(FunderRef)
        .max(30)
        .optional()
        .describe('states or registered organisations; required when the Secretariat proposes'),
    ),
    plannedStart: IsoDate.optional(),
    plannedEnd: IsoDate.optional(),
    public: z.boolean().default(false).describe('listed in the public pipeline'),
  })
  .refine((b) => !b.plannedStart || !b.plannedEnd || b.plannedStart <= b.plannedEnd, {
    message: 'plannedEnd is before plannedStart',
    path: ['plannedEnd'],
  })
  .meta({ id: 'CreateProject' });
export type CreateProjectBody = z.infer<typeof CreateProjectBody>;

export const ChecklistItemKind = z.enum(['document', 'question']);
export const ChecklistItemDto = z.object({
  item: z.string(),
  kind: ChecklistItemKind,
  label: Localized,
  done: z.boolean(),
  documentRef: z.string().nullable(),
  answer: z.string().nullable(),
  recordedAt: z.string().nullable(),
});
export const GateDto = z
  .object({ stage: Stage, items: z.array(ChecklistItemDto) })
  .meta({ id: 'StageGate', description: 'what must be met before a project leaves this stage forward' });

export const StageChangeDto = z.object({
  from: Stage,
  to: Stage,
  reason: z.string().nullable(),
  at: z.string(),
  decisionId: z.string().nullable(),
});

export const ApprovalDto = z
  .object({
    decisionId: z.string().nullable().describe('null while the decision is being opened'),
    status: z.enum(['opening', 'open', 'adopted', 'not_adopted', 'withdrawn']),
    number: z.string().nullable(),
    closedAt: z.string().nullable(),
  })
  .meta({ id: 'ProjectApproval' });
export type ApprovalDto = z.infer<typeof ApprovalDto>;

export const ProjectSummaryDto = z
  .object({
    id: z.string(),
    title: Localized,
    sector: Sector,
    stage: Stage,
    countries: z.array(StateCode),
    estimatedCost: MoneyDto,
    proposingState: StateCode.nullable(),
    public: z.boolean(),
    demo: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'ProjectSummary' });
export type ProjectSummaryDto = z.infer<typeof ProjectSummaryDto>;

export const ProjectDto = ProjectSummaryDto.extend({
  description: Localized,
  expectedResults: Localized,
  locations: FeatureCollection,
  sponsors: z.array(z.string()),
  plannedStart: z.string().nullable(),
  plannedEnd: z.string().nullable(),
  checklist: z.array(GateDto).describe('every gate, in stage order'),
  missing: z.array(z.string()).describe("items of the current stage's gate not yet met"),
  interestedStates: z.array(StateCode),
  approval: ApprovalDto.nullable(),
  history: z.array(StageChangeDto),
}).meta({ id: 'Project' });
export type ProjectDto = z.infer<typeof ProjectDto>;

export const ProjectsQuery = z.strictObject({
  stage: Stage.optional(),
  sector: Sector.optional(),
  country: StateCode.optional(),
  public: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => (v === undefined ? undefined : v === 'true'))
    .describe('true: the public pipeline only'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  before: z.string().max(64).optional().describe('cursor: the id of the last item of the previous page'),
});

export const StageBody = z
  .strictObject({
    to: Stage,
    reason: z.string().trim().min(1).max(2000).optional().describe('required to go back or cancel'),
  })
  .meta({ id: 'ChangeStage' });

export const ChecklistBody = z
  .strictObject({
    item: z.string().min(1).max(64),
    documentRef: z.string().trim().min(1).max(500).optional().describe('a document id or URL'),
    answer: z.string().trim().min(1).max(20_000).optional(),
  })
  .meta({ id: 'RecordChecklistItem' });

export const CommentKind = z.enum(['comment', 'question', 'answer']);
export const ProjectCommentBody = z
  .strictObject({
    body: z.string().trim().min(1).max(20_000),
    kind: CommentKind.default('comment'),
    state: StateCode.optional().describe('the delegation speaking; omitted for the Secretariat'),
    parentId: z
      .string()
      .max(64)
      .optional()
      .describe('the comment replied to; an answer replies to a question'),
  })
  .meta({ id: 'ProjectComment' });
/** A post of the project's discussion: the kernel's thread post, with the kinds of this thread. */
export const ProjectCommentDto = ThreadPostDto.extend({
  kind: CommentKind,
  answered: z.boolean().nullable().describe('for questions: whether an answer exists'),
});

export const InterestBody = z.strictObject({ state: StateCode }).meta({ id: 'ExpressInterest' });

export const ApprovalBody = z
  .strictObject({ body: z.enum(['CNC', 'HGC']).default('CNC') })
  .meta({ id: 'OpenApproval' });

export const MilestoneStatus = z.enum(['planned', 'in_progress', 'done', 'delayed']);
const Evidence = z.strictObject({
  text: z.string().trim().min(1).max(5000).optional(),
  url: z
    .url({ protocol: /^https?$/ })
    .max(2000)
    .optional(),
});
export const MilestoneBody = z
  .strictObject({
    title: Text(300),
    dueDate: IsoDate,
    status: MilestoneStatus.default('planned'),
    evidence: Evidence.optional(),
  })
  .meta({ id: 'CreateMilestone' });
export const MilestoneUpdateBody = z
  .strictObject({
    status: MilestoneStatus.optional(),
    dueDate: IsoDate.optional(),
    evidence: Evidence.optional(),
  })
  .meta({ id: 'UpdateMilestone' });
export const MilestoneDto = z.object({
  id: z.string(),
  title: Localized,
  dueDate: z.string(),
  status: MilestoneStatus,
  evidence: z.object({ text: z.string().nullable(), url: z.string().nullable() }),
  updatedAt: z.string(),
});

/** Indicator values are exact decimals with an optional sign, e.g. "-2.5" or "1200". */
const IndicatorValue = z
  .string()
  .regex(/^-?\d{1,15}(\.\d{1,6})?$/, 'a decimal string, e.g. "12.5"')
  .meta({ example: '12.5' });
export const IndicatorBody = z
  .strictObject({
    name: Text(300),
    unit: z.string().trim().min(1).max(50),
    baseline: IndicatorValue,
    target: IndicatorValue,
    actual: IndicatorValue.optional(),
  })
  .meta({ id: 'CreateIndicator' });
export const IndicatorUpdateBody = z
  .strictObject({ actual: IndicatorValue.nullable().optional(), target: IndicatorValue.optional() })
  .meta({ id: 'UpdateIndicator' });
export const IndicatorDto = z.object({
  id: z.string(),
  name: Localized,
  unit: z.string(),
  baseline: z.string(),
  target: z.string(),
  actual: z.string().nullable(),
  updatedAt: z.string(),
});

export const OrganisationKind = z.enum(['company', 'bank', 'development_bank', 'fund', 'other']);
/** An organisation's name in the three languages; an empty Russian or Chinese falls back to English. */
const OrganisationName = TranslatedText.extend({
  en: z.string().trim().min(1).max(300),
  ru: z.string().trim().max(300),
  zh: z.string().trim().max(300),
}).meta({
  example: { en: 'Eurasian Development Bank', ru: 'Евразийский банк развития', zh: '欧亚开发银行' },
});
export const OrganisationBody = z
  .strictObject({
    name: z
      .union([z.string().trim().min(1).max(300), OrganisationName])
      .describe('the name in one language, or { en, ru, zh } (ADR 0079)'),
    kind: OrganisationKind,
    country: onBehalfOf(StateCode),
    website: z
      .url({ protocol: /^https?$/ })
      .max(500)
      .optional(),
  })
  .meta({ id: 'RegisterOrganisation' });
export const OrganisationDto = z
  .object({
    id: z.string(),
    name: z.string().describe('the name in English (kept for older clients)'),
    nameLocalized: TranslatedText,
    kind: OrganisationKind,
    country: StateCode,
    website: z.string().nullable(),
    demo: z.boolean(),
    createdAt: z.string(),
  })
  .meta({ id: 'Organisation' });
export type OrganisationDto = z.infer<typeof OrganisationDto>;
export const OrganisationsQuery = z.strictObject({ country: StateCode.optional() });
