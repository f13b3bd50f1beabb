import { z } from 'zod';
import { StateCode } from './common';

/**
 * The cyber exchange as the web app reads it (/api/v1/cyber): collections with their volume, an object
 * browser and an object's page with its versions and graph. Everything here is what one reader may
 * receive under ADR 0020; nothing describes what they may not.
 */
export const TLP_LEVELS = ['clear', 'green', 'amber', 'amber+strict', 'red'] as const;
export const TlpLevel = z.enum(TLP_LEVELS);
export type TlpLevel = z.infer<typeof TlpLevel>;

export const VolumeInterval = z.enum(['day', 'week']);
export type VolumeInterval = z.infer<typeof VolumeInterval>;

/** A calendar day that exists: 2026-02-31 is refused, not read as 3 March. */
const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((d) => !Number.isNaN(Date.parse(d)) && new Date(d).toISOString().slice(0, 10) === d, {
    message: 'not a calendar day',
  })
  .meta({ example: '2026-11-30' });

export const CollectionsQuery = z.strictObject({
  interval: VolumeInterval.default('week'),
  periods: z.coerce.number().int().min(1).max(366).default(12),
});

export const CyberCollectionDto = z
  .object({
    id: z.string(),
    alias: z.string(),
    title: z.string(),
    description: z.string().nullable(),
    kind: z.enum(['cert', 'community', 'best_practices', 'group']),
    ownerState: z.string().nullable(),
    /** Sharing groups: their member states. */
    members: z.array(z.string()),
    /** Objects the reader may receive here (each counted once, whatever its versions). */
    objects: z.number().int(),
    /** Versions the reader may receive that were added in each period, oldest period first. */
    volume: z.array(z.number().int()),
  })
  .meta({ id: 'CyberCollection' });
export type CyberCollectionDto = z.infer<typeof CyberCollectionDto>;

export const CyberCollectionsDto = z.object({
  interval: VolumeInterval,
  /** The first day (UTC) of each period, oldest first; weeks start on Monday. */
  periods: z.array(IsoDate),
  collections: z.array(CyberCollectionDto),
});
export type CyberCollectionsDto = z.infer<typeof CyberCollectionsDto>;

export const ObjectsQuery = z.strictObject({
  type: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{1,249}$/)
    .optional(),
  tlp: TlpLevel.optional(),
  cert: StateCode.optional().describe('the member state whose CERT published the object'),
  collection: z.string().min(1).max(64).optional(),
  from: IsoDate.optional().describe('added on or after this day (UTC)'),
  to: IsoDate.optional().describe('added on or before this day (UTC)'),
  q: z.string().trim().min(1).max(200).optional().describe('words in the name or description'),
  before: z.string().max(200).optional().describe('cursor: the `next` of the previous page'),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});
export type ObjectsQuery = z.input<typeof ObjectsQuery>;

export const CyberObjectSummaryDto = z
  .object({
    id: z.string(),
    type: z.string(),
    /** Name, value or relationship type, as far as the reader may see it. */
    label: z.string().nullable(),
    tlp: TlpLevel,
    collectionId: z.string(),
    collectionAlias: z.string(),
    publisherState: z.string(),
    version: z.string(),
    dateAdded: z.string(),
    /** Demo content of the embedded default, never real intelligence. */
    demo: z.boolean(),
  })
  .meta({ id: 'CyberObjectSummary' });
export type CyberObjectSummaryDto = z.infer<typeof CyberObjectSummaryDto>;

export const CyberObjectsDto = z.object({
  items: z.array(CyberObjectSummaryDto),
  /** How many objects match the filters among those the reader may receive. */
  total: z.number().int(),
  next: z.string().nullable(),
});
export type CyberObjectsDto = z.infer<typeof CyberObjectsDto>;

export const ObjectParams = z.strictObject({
  collectionId: z.string().min(1).max(64),
  objectId: z.string().regex(/^[a-z0-9][a-z0-9-]{1,249}--[0-9a-fA-F-]{36}$/),
});

export const ObjectQuery = z.strictObject({
  version: z.string().max(40).optional().describe('a version as listed in `versions`; default the latest'),
});

export const CyberGraphNodeDto = z.object({
  id: z.string(),
  type: z.string(),
  label: z.string().nullable(),
  tlp: TlpLevel,
  collectionId: z.string(),
  center: z.boolean(),
});

export const CyberGraphEdgeDto = z.object({
  source: z.string(),
  target: z.string(),
  /** A relationship's type, `sighting-of`, or the embedding property (`created_by_ref`, `object_refs`). */
  label: z.string(),
  kind: z.enum(['relationship', 'sighting', 'reference']),
  /** The relationship or sighting object that states the edge. */
  via: z.string().nullable(),
});

export const CyberObjectDto = z
  .object({
    summary: CyberObjectSummaryDto,
    collectionTitle: z.string(),
    /** The STIX object, without the properties its granular markings hide from this reader. */
    stix: z.record(z.string(), z.unknown()),
    versions: z.array(
      z.object({ version: z.string(), dateAdded: z.string(), tlp: TlpLevel, current: z.boolean() }),
    ),
    graph: z.object({ nodes: z.array(CyberGraphNodeDto), edges: z.array(CyberGraphEdgeDto) }),
  })
  .meta({ id: 'CyberObject' });
export type CyberObjectDto = z.infer<typeof CyberObjectDto>;
export type CyberGraphNodeDto = z.infer<typeof CyberGraphNodeDto>;
export type CyberGraphEdgeDto = z.infer<typeof CyberGraphEdgeDto>;
