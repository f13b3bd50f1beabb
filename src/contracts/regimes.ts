import { z } from 'zod';
import { IsoDate, namesStates, onBehalfOf, StateCode } from './common';

/**
 * The states' special regimes (issue 13 pt 3): economic zones, tax regimes, customs simplifications and
 * visa regimes, each value with its primary source and the date it was read, and a status history with
 * the dates of initiation, entry into force and withdrawal as the WTO's I-TIP keeps them (ADR 0117).
 */
export const RegimeType = z
  .enum([
    'special_economic_zone',
    'free_customs_zone',
    'tax_regime',
    'aeo_programme',
    'green_corridor',
    'visa_regime',
    'work_permit_quota',
  ])
  .meta({ id: 'RegimeType' });
export type RegimeType = z.infer<typeof RegimeType>;
export const REGIME_TYPES = RegimeType.options;

export const StatusKind = z.enum(['initiated', 'in_force', 'withdrawn']).meta({ id: 'RegimeStatusKind' });
export type StatusKind = z.infer<typeof StatusKind>;
export const STATUS_KINDS = StatusKind.options;

/** The values of the passport-index dataset, whose `eta` came after its issue #23. */
export const VisaRequirement = z
  .enum(['visa_free', 'visa_on_arrival', 'e_visa', 'eta', 'visa_required', 'no_admission'])
  .meta({ id: 'VisaRequirement' });
export type VisaRequirement = z.infer<typeof VisaRequirement>;
export const VISA_REQUIREMENTS = VisaRequirement.options;

/** Where a value comes from: the primary source's address and the day it was read. */
export const Source = z
  .strictObject({ url: z.url({ protocol: /^https?$/ }).max(1000), readOn: IsoDate })
  .meta({ id: 'RegimeSource', example: { url: 'https://adilet.zan.kz/', readOn: '2026-12-01' } });
export type Source = z.infer<typeof Source>;

/** A value with its source; `source: null` is shown as unsourced. */
const sourced = <T extends z.ZodType>(value: T) => z.strictObject({ value, source: Source.nullable() });

const Text = z.string().trim().max(4000);
const Position = z.array(z.number().min(-180).max(180)).min(2).max(3);
const Ring = z.array(Position).min(4).max(10_000);
/** A zone's outline (RFC 7946); null: the whole territory of the state. */
export const Area = z
  .discriminatedUnion('type', [
    z.strictObject({ type: z.literal('Polygon'), coordinates: z.array(Ring).min(1).max(100) }),
    z.strictObject({
      type: z.literal('MultiPolygon'),
      coordinates: z.array(z.array(Ring).min(1).max(100)).min(1).max(100),
    }),
  ])
  .meta({ id: 'RegimeArea' });
export type Area = z.infer<typeof Area>;

export const LegalBasis = z.strictObject({
  act: z.string().trim().min(1).max(500),
  number: z.string().trim().max(100).nullable(),
  date: IsoDate.nullable(),
});
export const Validity = z.strictObject({
  from: IsoDate.nullable(),
  /** The last day the regime applies (a sunset clause); null when open-ended. */
  until: IsoDate.nullable(),
});
export const Visa = z.strictObject({
  /** The regime is the state's rule for the nationals of this state. */
  nationalsOf: namesStates(StateCode, 'the nationals a visa regime applies to'),
  requirement: VisaRequirement,
  stayDays: z.number().int().min(1).max(3650).nullable(),
});
export const StatusEvent = z
  .strictObject({ status: StatusKind, on: IsoDate, source: Source.nullable() })
  .meta({ id: 'RegimeStatusEvent' });
export type StatusEvent = z.infer<typeof StatusEvent>;

export const RegimeCode = z
  .string()
  .regex(/^[A-Z0-9][A-Z0-9-]{2,63}$/, 'upper-case letters, digits and hyphens, 3 to 64')
  .meta({ example: 'KZ-SEZ-0001' });

export const RegimeFields = z.strictObject({
  state: onBehalfOf(StateCode),
  type: RegimeType,
  name: z.strictObject({
    en: z.string().trim().min(1).max(300),
    ru: z.string().trim().max(300),
    zh: z.string().trim().max(300),
  }),
  legalBasis: sourced(LegalBasis.nullable()),
  area: sourced(Area.nullable()),
  benefits: sourced(Text.nullable()),
  eligibility: sourced(Text.nullable()),
  validity: sourced(Validity),
  /** Visa regimes only. */
  visa: sourced(Visa.nullable()),
  /** Initiated, in force, withdrawn: each at most once, in that order of dates. */
  history: z.array(StatusEvent).min(1).max(3),
});
export type RegimeFields = z.infer<typeof RegimeFields>;

const EXAMPLE: RegimeFields = {
  state: 'KZ',
  type: 'special_economic_zone',
  name: { en: 'Example zone', ru: 'Пример зоны', zh: '示例区' },
  legalBasis: { value: { act: 'Example act', number: '1', date: '2020-01-01' }, source: null },
  area: { value: null, source: null },
  benefits: { value: null, source: null },
  eligibility: { value: null, source: null },
  validity: { value: { from: null, until: null }, source: null },
  visa: { value: null, source: null },
  history: [{ status: 'in_force', on: '2020-01-01', source: null }],
};

export const RegimeBody = RegimeFields.extend({ code: RegimeCode }).meta({
  id: 'RegimeBody',
  example: { ...EXAMPLE, code: 'KZ-SEZ-0001' },
});
export type RegimeBody = z.infer<typeof RegimeBody>;
export const RegimeUpdateBody = RegimeFields.meta({ id: 'RegimeUpdateBody', example: EXAMPLE });

export const RegimeDto = RegimeFields.extend({
  code: z.string(),
  /** Fictitious content of the demo, never facts. */
  demo: z.boolean(),
  /** The first day in force; null when the regime never entered into force. */
  inForceFrom: IsoDate.nullable(),
  /** The first day no longer in force (withdrawal, or the day after the sunset); null: open-ended. */
  endsOn: IsoDate.nullable(),
  /** The values that name no source, shown as unsourced. */
  unsourced: z.array(z.string()),
  updatedAt: z.string(),
}).meta({ id: 'Regime' });
export type RegimeDto = z.infer<typeof RegimeDto>;

export const RegimesQuery = z.strictObject({
  state: namesStates(StateCode, 'a filter').optional(),
  type: RegimeType.optional(),
  inForceOn: IsoDate.optional(),
  q: z.string().trim().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});
export type RegimesQuery = z.infer<typeof RegimesQuery>;

export const RegimeFacets = z.object({
  type: z.record(z.string(), z.number().int()),
  state: z.record(z.string(), z.number().int()),
});
export const RegimeListDto = z
  .object({ total: z.number().int(), items: z.array(RegimeDto), facets: RegimeFacets })
  .meta({ id: 'RegimeList' });
export type RegimeListDto = z.infer<typeof RegimeListDto>;

export const ChangesQuery = z.strictObject({
  from: IsoDate,
  to: IsoDate,
  state: namesStates(StateCode, 'a filter').optional(),
  type: RegimeType.optional(),
});
export const ChangeDto = z
  .object({
    on: IsoDate,
    status: StatusKind,
    source: Source.nullable(),
    regime: z.object({
      code: z.string(),
      state: z.string(),
      type: RegimeType,
      name: RegimeFields.shape.name,
    }),
    demo: z.boolean(),
  })
  .meta({ id: 'RegimeChange' });
export type ChangeDto = z.infer<typeof ChangeDto>;
export const ChangesDto = z.object({ from: IsoDate, to: IsoDate, items: z.array(ChangeDto) });
export type ChangesDto = z.infer<typeof ChangesDto>;

export const VisaMatrixQuery = z.strictObject({ on: IsoDate });
export const VisaCellDto = z.object({
  /** The state that admits. */
  to: z.string(),
  /** The nationals admitted. */
  from: z.string(),
  requirement: VisaRequirement,
  stayDays: z.number().int().nullable(),
  code: z.string(),
  source: Source.nullable(),
  demo: z.boolean(),
});
export type VisaCellDto = z.infer<typeof VisaCellDto>;
export const VisaMatrixDto = z
  .object({ on: IsoDate, states: z.array(z.string()), cells: z.array(VisaCellDto) })
  .meta({ id: 'VisaMatrix' });
export type VisaMatrixDto = z.infer<typeof VisaMatrixDto>;

export const CodeParams = z.strictObject({ code: z.string().min(1).max(64) });

/** CSV import (ADR 0119). */
export const ImportQuery = z.strictObject({
  dryRun: z.stringbool().default(false),
  /** With bad rows: import the good ones instead of nothing. */
  importGoodRows: z.stringbool().default(false),
});
export const ImportBody = z
  .strictObject({
    csv: z
      .string()
      .min(1)
      .max(64 * 1024 * 1024),
  })
  .meta({ id: 'RegimeImportBody', example: { csv: 'code,state\r\n' } });
export const RowError = z.object({ row: z.number().int(), column: z.string(), message: z.string() });
export type RowError = z.infer<typeof RowError>;
export const RowChange = z.object({
  row: z.number().int(),
  code: z.string(),
  action: z.enum(['create', 'update', 'unchanged']),
  fields: z.array(z.string()),
});
export type RowChange = z.infer<typeof RowChange>;
export const ImportPreviewDto = z
  .object({
    total: z.number().int(),
    create: z.number().int(),
    update: z.number().int(),
    unchanged: z.number().int(),
    /** Rows with errors, by spreadsheet row number (the header is row 1). */
    badRows: z.array(z.number().int()),
    errors: z.array(RowError),
    /** The first rows that would change. */
    changes: z.array(RowChange),
  })
  .meta({ id: 'RegimeImportPreview' });
export type ImportPreviewDto = z.infer<typeof ImportPreviewDto>;
export const ImportDto = z
  .object({
    id: z.string(),
    status: z.enum(['queued', 'running', 'done', 'failed']),
    total: z.number().int(),
    processed: z.number().int(),
    skippedRows: z.array(z.number().int()),
    createdAt: z.string(),
    finishedAt: z.string().nullable(),
  })
  .meta({ id: 'RegimeImport' });
export type ImportDto = z.infer<typeof ImportDto>;
export const ImportParams = z.strictObject({ id: z.string().min(1).max(64) });
