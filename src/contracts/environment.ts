import { z } from 'zod';
import {
  IsoDate,
  Localized,
  namesStates,
  onBehalfOf,
  PartialDate,
  StateCode,
  TranslatedText,
} from './common';
import { FeatureCollection } from './projects';

/**
 * The environment registries (issue 13): water-saving and environmental technologies after WOCAT's
 * questionnaire, and the inland water bodies with sourced indicator series. Every value carries its
 * source; `source: null` is a value shown as unsourced, never hidden.
 */

const SourceText = z.string().trim().min(1).max(1000).meta({ example: 'Ministry report, 2024, p. 12' });

/** A value with the source it was taken from; null when nobody has named one (shown as unsourced). */
export function sourced<T extends z.ZodType>(value: T) {
  return z.strictObject({ value, source: SourceText.nullable() });
}

export const Maturity = z.enum(['research', 'demonstration', 'deployment']).meta({ id: 'TechMaturity' });
export type Maturity = z.infer<typeof Maturity>;
export const MATURITIES = Maturity.options;

export const Sector = z
  .enum(['agriculture', 'industry', 'municipal', 'energy', 'ecosystems'])
  .meta({ id: 'TechSector' });
export type Sector = z.infer<typeof Sector>;
export const SECTORS = Sector.options;

export const Climate = z
  .enum(['arid', 'semi_arid', 'subhumid', 'humid', 'continental', 'cold', 'mountain'])
  .meta({ id: 'TechClimate' });
export type Climate = z.infer<typeof Climate>;
export const CLIMATES = Climate.options;

export const LandUse = z.enum(['cropland', 'grazing', 'forest', 'settlement', 'industrial', 'water']);
export const WaterSource = z.enum(['surface', 'groundwater', 'rainwater', 'recycled', 'desalinated']);

export const TechStatus = z.enum(['draft', 'submitted', 'reviewed', 'published']).meta({ id: 'TechStatus' });
export type TechStatus = z.infer<typeof TechStatus>;

const Currency = z
  .string()
  .regex(/^[A-Z]{3}$/, 'an ISO 4217 code')
  .meta({ example: 'KZT' });

/** A cost in the local currency's minor units, and the dated rate that converts it to US dollars. */
export const CostInput = z.strictObject({
  amountMinor: z.number().int().nonnegative().max(1e15).describe('minor units of `currency`'),
  currency: Currency,
  unitsPerUsd: z.number().positive().max(1e9).describe('local currency units for one US dollar'),
  rateDate: IsoDate.describe('the day the rate was read'),
  rateSource: SourceText.nullable(),
});
export const CostDto = CostInput.extend({
  usdMinor: z.number().int().describe('US cents at the dated rate, computed by the platform'),
});

export const WaterSaved = z.strictObject({
  amount: z.number().nonnegative().max(1e12),
  unit: z.string().trim().min(1).max(40).meta({ example: 'm³' }),
  perUnitOfOutput: z.string().trim().min(1).max(80).meta({ example: 't of cotton' }),
});

export const Reference = z.strictObject({
  title: z.string().trim().min(1).max(500),
  url: z.url().max(2000).nullable().default(null),
  year: z.number().int().min(1900).max(2200).nullable().default(null),
});

export const PlanItemLink = z.strictObject({ planId: z.string().max(64), itemId: z.string().max(64) });

const WaterBodyId = z
  .string()
  .regex(/^[a-z0-9_]{2,64}$/, 'lower-case letters, digits and underscores')
  .meta({ example: 'aral_sea' });

/** The questionnaire's answers as the current edition asks them. */
export const TechnologyFields = z.strictObject({
  name: sourced(z.string().trim().min(1).max(300)),
  summary: sourced(z.string().trim().min(1).max(5000)).describe('what the technology does'),
  sector: Sector,
  climates: z.array(Climate).min(1).max(7),
  landUses: sourced(z.array(LandUse).max(6)),
  waterSources: sourced(z.array(WaterSource).max(5)),
  waterSaved: sourced(WaterSaved).nullable().default(null),
  buildCost: sourced(CostInput).nullable().default(null),
  runCost: sourced(CostInput).nullable().default(null).describe('per year'),
  maturity: sourced(Maturity),
  evidence: z
    .array(sourced(z.string().trim().min(1).max(5000)))
    .max(50)
    .default([]),
  references: z.array(Reference).max(100).default([]),
  places: FeatureCollection.default({ type: 'FeatureCollection', features: [] }),
  appliedIn: z.array(z.string().max(64)).max(50).default([]).describe('ids of projects that apply it'),
  planItems: z.array(PlanItemLink).max(50).default([]),
  waterBodies: z.array(WaterBodyId).max(20).default([]),
});
export type TechnologyFields = z.output<typeof TechnologyFields>;

const exampleFields = {
  name: { value: 'Drip irrigation of cotton', source: 'Demo source' },
  summary: { value: 'Water delivered to the root zone through drip lines.', source: null },
  sector: 'agriculture',
  climates: ['arid'],
  landUses: { value: ['cropland'], source: null },
  waterSources: { value: ['surface'], source: null },
  maturity: { value: 'deployment', source: 'Demo source' },
} as const;

export const CreateTechnologyBody = TechnologyFields.extend({
  country: onBehalfOf(StateCode).describe('the state whose focal point will submit the entry'),
}).meta({ id: 'CreateTechnology', example: { ...exampleFields, country: 'KZ' } });
export type CreateTechnologyBody = z.input<typeof CreateTechnologyBody>;

export const UpdateTechnologyBody = TechnologyFields.meta({ id: 'UpdateTechnology', example: exampleFields });

export const TechCodeParams = z.strictObject({
  // Any text: an unknown code is a 404 after the caller's rights are checked, not a 400 before.
  code: z.string().min(1).max(64).meta({ example: 'kz-1' }),
});
export const TechVersionQuery = z.strictObject({
  version: z.coerce.number().int().min(1).max(100_000).optional().describe('an earlier version'),
});

export const TechnologyQuery = z.strictObject({
  q: z.string().trim().max(200).optional().describe('words of the name or summary'),
  maturity: Maturity.optional(),
  country: namesStates(StateCode, 'a filter: the state that entered the technology').optional(),
  sector: Sector.optional(),
  climate: Climate.optional(),
  status: TechStatus.default('published').describe("other than published: the reader's own states' entries"),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});

export const TechSummaryDto = z
  .strictObject({
    code: z.string(),
    version: z.number().int(),
    status: TechStatus,
    country: StateCode,
    name: z.string(),
    sector: Sector,
    climates: z.array(Climate),
    maturity: Maturity,
    demo: z.boolean(),
    updatedAt: z.string(),
  })
  .meta({ id: 'TechnologySummary' });
export type TechSummaryDto = z.infer<typeof TechSummaryDto>;

const Counts = z.record(z.string(), z.number().int());
export const TechListDto = z
  .strictObject({
    items: z.array(TechSummaryDto),
    total: z.number().int(),
    facets: z.strictObject({ sector: Counts, climate: Counts, country: Counts, maturity: Counts }),
  })
  .meta({ id: 'TechnologyList' });
export type TechListDto = z.infer<typeof TechListDto>;

export const TechVersionDto = z.strictObject({
  version: z.number().int(),
  status: TechStatus,
  edition: z.number().int(),
  createdAt: z.string(),
  submittedAt: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  publishedAt: z.string().nullable(),
});

export const LinkedProject = z.strictObject({ id: z.string(), title: Localized });
export const LinkedPlanItem = z.strictObject({
  planId: z.string(),
  itemId: z.string(),
  planTitle: Localized,
  itemTitle: Localized,
  demo: z.boolean(),
});

export const TechnologyDto = z
  .strictObject({
    code: z.string(),
    version: z.number().int(),
    status: TechStatus,
    edition: z.number().int(),
    country: StateCode,
    demo: z.boolean(),
    fields: TechnologyFields.extend({
      buildCost: sourced(CostDto).nullable(),
      runCost: sourced(CostDto).nullable(),
    }),
    unsourced: z.array(z.string()).describe('JSON pointers of the values no source supports'),
    photos: z.array(z.strictObject({ id: z.string(), name: z.string() })),
    projects: z.array(LinkedProject).describe('applied in: the projects this reader may see'),
    plan: z.array(LinkedPlanItem),
    versions: z.array(TechVersionDto).describe('every version this reader may see, newest first'),
    latest: z.boolean().describe('false when an earlier version was asked for'),
    updatedAt: z.string(),
  })
  .meta({ id: 'Technology' });
export type TechnologyDto = z.infer<typeof TechnologyDto>;

export const EditionDto = z.strictObject({
  edition: z.number().int(),
  releasedAt: z.string(),
  changes: z.array(z.string()),
  migrated: z.number().int(),
});
export const QuestionnaireDto = z
  .strictObject({ current: z.number().int(), editions: z.array(EditionDto) })
  .meta({ id: 'Questionnaire' });

// Water bodies.

export const Indicator = z
  .enum(['area', 'volume', 'level', 'salinity', 'withdrawal'])
  .meta({ id: 'WaterIndicator' });
export type Indicator = z.infer<typeof Indicator>;
export const INDICATORS = Indicator.options;

export const WaterPointInput = z.strictObject({
  indicator: Indicator,
  date: PartialDate.describe('the year, month or day the value describes'),
  value: z.number().min(-1e12).max(1e12),
  unit: z.string().trim().min(1).max(40).meta({ example: 'km²' }),
  source: SourceText,
  method: z.string().trim().min(1).max(1000).meta({ example: 'satellite altimetry' }),
});
export const RecordPointsBody = z
  .strictObject({ points: z.array(WaterPointInput).min(1).max(1000) })
  .meta({ id: 'RecordWaterPoints' });
export const WaterPointDto = WaterPointInput.extend({ demo: z.boolean() });
export type WaterPointDto = z.infer<typeof WaterPointDto>;

export const WaterBodyParams = z.strictObject({
  id: z.string().min(1).max(64).meta({ example: 'aral_sea' }),
});
export const LinkPlanBody = z
  .strictObject({ planId: z.string().max(64).nullable() })
  .meta({ id: 'LinkWaterBodyPlan' });

export const WaterBodySummaryDto = z
  .strictObject({
    id: z.string(),
    name: TranslatedText,
    states: z.array(StateCode),
    indicators: z.array(Indicator).describe('the indicators with at least one point'),
    planId: z.string().nullable(),
  })
  .meta({ id: 'WaterBodySummary' });
export type WaterBodySummaryDto = z.infer<typeof WaterBodySummaryDto>;
export const WaterBodyListDto = z.strictObject({ items: z.array(WaterBodySummaryDto) });

export const WaterBodyDto = WaterBodySummaryDto.extend({
  series: z
    .array(z.strictObject({ indicator: Indicator, unit: z.string(), points: z.array(WaterPointDto) }))
    .describe('one series per indicator and unit, points in date order'),
  plan: z.strictObject({ id: z.string(), title: Localized }).nullable(),
  technologies: z.array(TechSummaryDto).describe('published technologies applied at this water body'),
}).meta({ id: 'WaterBody' });
export type WaterBodyDto = z.infer<typeof WaterBodyDto>;
