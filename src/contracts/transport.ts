import { z } from 'zod';
import { namesStates, onBehalfOf, StateCode } from './common';

/**
 * The transport network (issue 10): nodes and links with sourced figures, corridors over them, and
 * the route planner's answers. A figure a source does not give is `null` (unknown), never zero.
 */
export const Mode = z
  .enum(['rail', 'road', 'ferry', 'sea', 'inland_waterway', 'border_gauge_change'])
  .meta({ id: 'TransportMode' });
export type Mode = z.infer<typeof Mode>;
export const MODES = Mode.options;

export const NodeType = z
  .enum([
    'seaport',
    'caspian_port',
    'river_port',
    'inland_port',
    'dry_port',
    'logistics_hub',
    'rail_junction',
    'border_crossing',
    'border_gauge_change',
  ])
  .meta({ id: 'TransportNodeType' });
export type NodeType = z.infer<typeof NodeType>;

export const LinkStatus = z.enum(['operational', 'planned']);
export type LinkStatus = z.infer<typeof LinkStatus>;

const Source = z.string().trim().min(1).max(1000);
const Note = z.string().trim().max(2000).nullable();
const Id = z
  .string()
  .regex(/^[a-z0-9_]{2,64}$/, 'lower-case letters, digits and underscores')
  .meta({ example: 'aktau' });

/** A sourced range of a quantity: `min === max` when the source gives one value. */
export const SourcedRange = z
  .strictObject({ min: z.number().nonnegative(), max: z.number().nonnegative(), source: Source })
  .refine((r) => r.min <= r.max, { message: 'min must not exceed max', path: ['max'] })
  .meta({ id: 'SourcedRange' });
export type SourcedRange = z.infer<typeof SourcedRange>;

export const Capacity = z
  .strictObject({
    value: z.number().nonnegative(),
    unit: z.string().trim().min(1).max(100),
    kind: z.enum(['design', 'throughput']),
    year: z.number().int().min(1800).max(2200).nullable(),
    note: Note,
    source: Source,
  })
  .meta({ id: 'TransportCapacity' });

export const NodeFields = z.strictObject({
  name: z.string().trim().min(1).max(300),
  type: NodeType,
  country: onBehalfOf(StateCode),
  lat: z.number().min(-90).max(90).nullable(),
  lon: z.number().min(-180).max(180).nullable(),
  locode: z
    .string()
    .regex(/^[A-Z]{2}[A-Z2-9]{3}$/, 'a UN/LOCODE such as CNLYG')
    .meta({ example: 'CNLYG' })
    .nullable(),
  gaugesMm: z.array(z.number().int().min(500).max(2000)).max(4),
  /** null: no source found; [] would claim there is none. */
  capacities: z.array(Capacity).max(50).nullable(),
  operators: z.array(z.string().trim().min(1).max(200)).max(20).nullable(),
  corridors: z.array(Id).max(20),
  note: Note,
  /** Where the coordinates and the node's existence come from. */
  source: Source,
  /** Dwell when changing gauge here, when a source gives it. */
  gaugeChangeDwellHours: SourcedRange.nullable(),
  /** Time to move a load between modes here, when a source gives it. */
  transshipmentHours: SourcedRange.nullable(),
});
export const NodeBody = NodeFields.extend({ id: Id }).meta({ id: 'TransportNodeBody' });
export const NodeUpdateBody = NodeFields.partial()
  .extend({ changeSource: Source })
  .meta({ id: 'TransportNodeUpdate', description: 'Changed fields, and the source of the change' });
export const NodeDto = NodeFields.extend({ id: z.string(), updatedAt: z.string() }).meta({
  id: 'TransportNode',
});
export type NodeDto = z.infer<typeof NodeDto>;

export const LinkFields = z.strictObject({
  from: Id,
  to: Id,
  mode: Mode,
  km: z.number().positive().nullable(),
  hours: z.number().positive().nullable(),
  status: LinkStatus,
  /** The year a planned link is expected to open, when a source gives it. */
  plannedYear: z.number().int().min(1900).max(2200).nullable(),
  via: z.string().trim().max(100).nullable(),
  /** Countries a source names on the way between the link's two ends; null when none is named. */
  passesCountries: namesStates(z.array(StateCode).max(20).nullable(), 'countries a source names on the way'),
  /** Departures a week (ferries, block trains), when a source gives them. */
  frequencyPerWeek: SourcedRange.nullable(),
  /** Border formalities on this link, when a source gives them. */
  borderDwellHours: SourcedRange.nullable(),
  /** A freight rate in US dollars per TEU, when a source gives it. */
  costUsdPerTeu: SourcedRange.nullable(),
  note: Note,
  source: Source,
});
export const LinkBody = LinkFields.extend({ id: Id.optional() }).meta({ id: 'TransportLinkBody' });
export const LinkUpdateBody = LinkFields.omit({ from: true, to: true })
  .partial()
  .extend({ changeSource: Source })
  .meta({ id: 'TransportLinkUpdate', description: 'Changed fields, and the source of the change' });
export const LinkDto = LinkFields.extend({ id: z.string(), updatedAt: z.string() }).meta({
  id: 'TransportLink',
});
export type LinkDto = z.infer<typeof LinkDto>;

export const EmissionBasis = z.enum(['TTW', 'WTW']);
export type EmissionBasis = z.infer<typeof EmissionBasis>;

export const EmissionFactorDto = z
  .object({
    id: z.string(),
    gCo2ePerTkm: z.number().nullable(),
    /** TTW or WTW when the source states it; `unstated` factors are kept but never used by the planner. */
    basis: z.enum(['TTW', 'WTW', 'unstated']),
    basisNote: z.string(),
    source: z.string(),
    note: z.string().nullable(),
  })
  .meta({ id: 'TransportEmissionFactor' });
export type EmissionFactorDto = z.infer<typeof EmissionFactorDto>;

/** A value the platform uses for an estimate, with where it comes from. */
export const ModeAssumption = z
  .object({
    mode: Mode,
    detourFactor: z.object({ min: z.number(), max: z.number(), source: z.string() }),
    speedKmh: z.object({ min: z.number(), max: z.number(), source: z.string() }),
    emissionFactors: z.object({ TTW: z.array(z.string()), WTW: z.array(z.string()), source: z.string() }),
  })
  .meta({ id: 'TransportModeAssumption' });
export type ModeAssumption = z.infer<typeof ModeAssumption>;

export const ReferenceDto = z
  .object({
    emissionFactors: z.array(EmissionFactorDto),
    modes: z.array(ModeAssumption),
    /** Used for a break of gauge with no dwell of its own. */
    gaugeChangeDwell: z.object({ min: z.number(), max: z.number(), method: z.string() }),
    notes: z.array(z.string()),
  })
  .meta({ id: 'TransportReference' });

export const NodesQuery = z.strictObject({
  country: StateCode.optional(),
  type: NodeType.optional(),
  corridor: Id.optional(),
});
export const LinksQuery = z.strictObject({
  node: Id.optional(),
  mode: Mode.optional(),
  status: LinkStatus.optional(),
});

// ----- corridors

export const CorridorDto = z
  .object({
    id: z.string(),
    name: z.object({ en: z.string(), ru: z.string(), zh: z.string() }),
    description: z.string(),
    source: z.string(),
    nodes: z.array(z.string()),
    links: z.array(z.string()),
    countries: z.array(z.string()),
  })
  .meta({ id: 'TransportCorridor' });
export type CorridorDto = z.infer<typeof CorridorDto>;

export const SynergyDto = z
  .object({
    pairs: z.array(
      z.object({
        corridors: z.tuple([z.string(), z.string()]),
        sharedNodes: z.array(z.string()),
        sharedLinks: z.array(z.string()),
      }),
    ),
    plannedLinks: z.array(
      z.object({
        link: z.string(),
        from: z.string(),
        to: z.string(),
        plannedYear: z.number().nullable(),
        corridors: z.array(z.string()),
        /** Journeys between the link's corridors' nodes whose fastest route changes once the link opens. */
        effects: z.array(
          z.object({
            from: z.string(),
            to: z.string(),
            hoursWithout: z.object({ min: z.number(), max: z.number() }).nullable(),
            hoursWith: z.object({ min: z.number(), max: z.number() }),
          }),
        ),
      }),
    ),
  })
  .meta({ id: 'TransportSynergy' });

// ----- route planner

export const Criterion = z.enum(['time', 'cost', 'co2', 'pareto']);
export type Criterion = z.infer<typeof Criterion>;

export const RoutesQuery = z.strictObject({
  from: z.string().max(64),
  to: z.string().max(64),
  criterion: Criterion.default('time'),
  avoid: z.string().max(1000).optional(),
  /** Countries the route must pass through. */
  through: z.string().max(200).optional(),
  include: z.enum(['planned']).optional(),
  cargo: z
    .string()
    .regex(/^\d+(\.\d+)?(t|teu)$/i, 'a quantity with its unit: 20t or 2teu')
    .optional(),
  tonnesPerTeu: z.coerce.number().positive().max(40).optional(),
  basis: EmissionBasis.default('TTW'),
});

/** A figure of an answer: published (with its source), estimated (with its method), or unknown. */
export const Figure = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('published'), min: z.number(), max: z.number(), source: z.string() }),
    z.object({ kind: z.literal('estimated'), min: z.number(), max: z.number(), method: z.string() }),
    z.object({ kind: z.literal('unknown'), reason: z.string() }),
  ])
  .meta({ id: 'TransportFigure' });
export type Figure = z.infer<typeof Figure>;

const Range = z.object({ min: z.number(), max: z.number() });

export const LegDto = z
  .object({
    link: z.string(),
    from: z.string(),
    to: z.string(),
    mode: Mode,
    status: LinkStatus,
    plannedYear: z.number().nullable(),
    km: Figure,
    hours: Figure,
    /** Waiting for a departure, transshipment and gauge change before this leg, and border formalities on it. */
    waitingHours: Figure.nullable(),
    transshipmentHours: Figure.nullable(),
    gaugeChangeHours: Figure.nullable(),
    borderDwellHours: Figure.nullable(),
    costUsd: Figure,
    co2eKg: Figure,
  })
  .meta({ id: 'TransportLeg' });
export type LegDto = z.infer<typeof LegDto>;

export const UnknownFigure = z.object({ leg: z.number().int(), figure: z.string() });

export const RouteDto = z
  .object({
    legs: z.array(LegDto),
    totals: z.object({
      km: Range,
      hours: Range,
      costUsd: Range.nullable(),
      co2eKg: Range.nullable(),
      unknown: z.array(UnknownFigure),
    }),
    geometry: z.object({
      type: z.literal('Feature'),
      geometry: z.object({
        type: z.literal('LineString'),
        coordinates: z.array(z.tuple([z.number(), z.number()])),
      }),
      properties: z.record(z.string(), z.unknown()),
    }),
  })
  .meta({ id: 'TransportRoute' });
export type RouteDto = z.infer<typeof RouteDto>;

export const RoutesDto = z
  .object({
    from: z.string(),
    to: z.string(),
    criterion: Criterion,
    cargo: z.object({ tonnes: z.number().nullable(), teu: z.number().nullable() }),
    emissionBasis: EmissionBasis,
    truncated: z.boolean(),
    routes: z.array(RouteDto),
  })
  .meta({ id: 'TransportRoutes' });
export type RoutesDto = z.infer<typeof RoutesDto>;

// ----- the partnership network of strategic ports and logistics centres

export const PartnerService = z.enum([
  'customs_pre_clearance',
  'transshipment',
  'storage',
  'digital_documents',
]);
export const PartnerTerms = z
  .strictObject({
    agreement: z.string().trim().min(1).max(500).nullable(),
    agreementDate: z.iso.date().nullable(),
    contactPoints: z
      .array(
        z.strictObject({
          name: z.string().trim().min(1).max(200),
          role: z.string().trim().max(200).nullable(),
          email: z.email().max(320).nullable(),
        }),
      )
      .max(20),
    services: z.array(PartnerService).max(4),
  })
  .meta({ id: 'TransportPartnerTerms' });
export const PartnerApplicationBody = z
  .strictObject({ node: Id, terms: PartnerTerms, source: Source })
  .meta({ id: 'TransportPartnerApplication' });
export const PartnerIndicatorBody = z
  .strictObject({
    year: z.number().int().min(1990).max(2200),
    throughputTeu: z.number().nonnegative().nullable(),
    throughputTonnes: z.number().nonnegative().nullable(),
    dwellHours: z.number().nonnegative().nullable(),
    /** The share of shipments with digital documents, 0 to 1. */
    digitalDocumentsShare: z.number().min(0).max(1).nullable(),
    source: Source,
  })
  .meta({ id: 'TransportPartnerIndicator' });
export const PartnerDto = z
  .object({
    id: z.string(),
    node: z.string(),
    state: z.string(),
    status: z.enum(['applied', 'member', 'not_admitted']),
    terms: PartnerTerms,
    source: z.string(),
    decisionId: z.string(),
    decisionNumber: z.string().nullable(),
    appliedAt: z.string(),
    decidedAt: z.string().nullable(),
    indicators: z.array(PartnerIndicatorBody),
  })
  .meta({ id: 'TransportPartner' });
export type PartnerDto = z.infer<typeof PartnerDto>;
