import { z } from 'zod';
import {
  CorridorItemBody,
  CorridorItemDto,
  CorridorItemsDto,
  ProjectLinkBody,
  ProjectLinkDto,
  ProjectLinksQuery,
} from '../../../contracts/transport-links';
import type { App, Kernel } from '../../core/module';
import { addCorridorItem, listCorridorItems, removeCorridorItem } from './corridor-items.service';
import { addProjectLink, listProjectLinks, removeProjectLink } from './project-links.service';

const IdParams = z.strictObject({ id: z.string().max(64) });
const ItemParams = z.strictObject({ id: z.string().max(64), itemId: z.string().max(64) });

/** The network's links to investment projects, and a corridor's meetings and agreements. */
export async function linksRoutes(app: App, kernel: Kernel) {
  const tags = ['transport'];
  const canLink = kernel.perms.require('transport.project_link.edit');

  app.get(
    '/transport/project-links',
    {
      schema: {
        tags,
        summary:
          'Nodes and links investment projects build or improve, by project, node or corridor; only projects the caller may see',
        querystring: ProjectLinksQuery,
        response: { 200: z.object({ items: z.array(ProjectLinkDto) }) },
      },
    },
    async (req) => ({ items: await listProjectLinks(kernel, req.actor ?? null, req.query) }),
  );

  app.post(
    '/transport/project-links',
    {
      schema: {
        tags,
        summary:
          "Name a node or link a project builds or improves (the Secretariat, or whoever acts for the project's proposing state)",
        body: ProjectLinkBody,
        response: { 201: ProjectLinkDto },
      },
      preHandler: canLink,
    },
    async (req, reply) => reply.code(201).send(await addProjectLink(kernel, req.actor!, req.body)),
  );

  app.delete(
    '/transport/project-links/:id',
    {
      schema: { tags, summary: "Remove a project's link", params: IdParams, response: { 204: z.null() } },
      preHandler: canLink,
    },
    async (req, reply) => {
      await removeProjectLink(kernel, req.actor!, req.params.id);
      return reply.code(204).send(null);
    },
  );

  const canTag = kernel.perms.require('transport.corridor.tag');

  app.get(
    '/transport/corridors/:id/items',
    {
      schema: {
        tags,
        summary:
          "A corridor's meetings and agreements: only those the caller may see, as the meetings and documents modules decide",
        params: IdParams,
        response: { 200: CorridorItemsDto },
      },
    },
    async (req) => listCorridorItems(kernel, req.actor ?? null, req.params.id),
  );

  app.post(
    '/transport/corridors/:id/items',
    {
      schema: {
        tags,
        summary: 'Tag a meeting or an instrument with the corridor (the Secretariat)',
        params: IdParams,
        body: CorridorItemBody,
        response: { 201: CorridorItemDto },
      },
      preHandler: canTag,
    },
    async (req, reply) =>
      reply.code(201).send(await addCorridorItem(kernel, req.actor!, req.params.id, req.body)),
  );

  app.delete(
    '/transport/corridors/:id/items/:itemId',
    {
      schema: {
        tags,
        summary: 'Untag a meeting or an instrument',
        params: ItemParams,
        response: { 204: z.null() },
      },
      preHandler: canTag,
    },
    async (req, reply) => {
      await removeCorridorItem(kernel, req.actor!, req.params.id, req.params.itemId);
      return reply.code(204).send(null);
    },
  );
}
