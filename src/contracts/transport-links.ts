import { z } from 'zod';
import { Localized } from './common';
import { RoutesDto, RoutesQuery } from './transport';

/**
 * The transport network's links to the rest of the platform (issue 10 point 5): the nodes and links an
 * investment project builds or improves, and the planner's answer with a project's links.
 */
const Source = z.string().trim().min(1).max(1000);
const NetworkId = z
  .string()
  .regex(/^[a-z0-9_]{2,64}$/, 'lower-case letters, digits and underscores')
  .meta({ example: 'rasht_astara' });

export const ProjectLinkEffect = z.enum(['builds', 'improves']);
export type ProjectLinkEffect = z.infer<typeof ProjectLinkEffect>;

export const ProjectLinkBody = z
  .strictObject({
    project: z.string().min(1).max(64).meta({ example: '0193a5b2-7c1e-7000-8000-000000000001' }),
    target: z.enum(['node', 'link']),
    targetId: NetworkId,
    effect: ProjectLinkEffect,
    /** The link's door-to-door hours once the project is done; only for a link it improves. */
    hours: z.number().positive().max(10_000).nullable().default(null),
    source: Source.meta({ example: 'Feasibility study, section 4' }),
  })
  .meta({ id: 'TransportProjectLinkBody' });

export const ProjectRefDto = z
  .object({
    id: z.string(),
    title: Localized,
    stage: z.string(),
    demo: z.boolean(),
  })
  .meta({ id: 'TransportProjectRef' });

export const ProjectLinkDto = z
  .object({
    id: z.string(),
    project: ProjectRefDto,
    target: z.enum(['node', 'link']),
    targetId: z.string(),
    effect: ProjectLinkEffect,
    hours: z.number().nullable(),
    source: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'TransportProjectLink' });
export type ProjectLinkDto = z.infer<typeof ProjectLinkDto>;

export const ProjectLinksQuery = z.strictObject({
  project: z.string().max(64).optional(),
  node: z.string().max(64).optional().describe('links of projects at this node or on its links'),
  corridor: z.string().max(64).optional().describe("links of projects on the corridor's nodes and links"),
});

export const RoutesWithProjectQuery = RoutesQuery.extend({
  withProject: z
    .string()
    .max(64)
    .optional()
    .describe('a project whose links the answer compares: the routes without and with them'),
});

export const RoutesWithProjectDto = RoutesDto.extend({
  withProject: z
    .object({
      project: ProjectRefDto,
      /** What the project changes that the planner uses: planned links it builds, times it improves. */
      links: z.array(ProjectLinkDto),
      truncated: z.boolean(),
      routes: RoutesDto.shape.routes,
      /** Whether the first route with the project takes one of its links. */
      usesProjectLink: z.boolean(),
    })
    .optional(),
}).meta({ id: 'TransportRoutesWithProject' });
export type RoutesWithProjectDto = z.infer<typeof RoutesWithProjectDto>;

// ----- a corridor's meetings and agreements

export const CorridorItemBody = z
  .strictObject({
    kind: z.enum(['meeting', 'document']),
    itemId: z.string().min(1).max(64).meta({ example: '0193a5b2-7c1e-7000-8000-000000000002' }),
  })
  .meta({ id: 'TransportCorridorItemBody' });

export const CorridorItemDto = z
  .object({
    id: z.string(),
    kind: z.enum(['meeting', 'document']),
    itemId: z.string(),
    title: Localized,
    /** The meeting's first day; the instrument's signature or adoption. */
    date: z.string().nullable(),
    demo: z.boolean(),
  })
  .meta({ id: 'TransportCorridorItem' });
export type CorridorItemDto = z.infer<typeof CorridorItemDto>;

export const CorridorItemsDto = z
  .object({ meetings: z.array(CorridorItemDto), documents: z.array(CorridorItemDto) })
  .meta({ id: 'TransportCorridorItems' });
