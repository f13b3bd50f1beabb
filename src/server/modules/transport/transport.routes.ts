import { z } from 'zod';
import {
  CorridorDto,
  LinkBody,
  LinkDto,
  LinksQuery,
  LinkUpdateBody,
  NodeBody,
  NodeDto,
  NodesQuery,
  NodeUpdateBody,
  ReferenceDto,
  RoutesQuery,
  SynergyDto,
} from '../../../contracts/transport';
import { RoutesWithProjectDto, RoutesWithProjectQuery } from '../../../contracts/transport-links';
import type { App, Kernel } from '../../core/module';
import { getCorridor, listCorridors, synergy } from './corridors';
import { linksCsv, networkGeoJson, nodesCsv, routesGeoJson } from './formats';
import {
  createLink,
  createNode,
  getLink,
  getNode,
  listLinks,
  listNodes,
  updateLink,
  updateNode,
} from './network.service';
import { planRoutes, planRoutesWithProject } from './planner.service';
import { referenceMeta } from './reference';

const IdParams = z.strictObject({ id: z.string().max(100) });

/** The network registry, corridors, the route planner and the open formats, under /api/v1/transport. */
export async function transportRoutes(app: App, kernel: Kernel) {
  const tags = ['transport'];
  const open = ['transport', 'open data'];
  const can = kernel.perms.require('transport.network.edit');

  app.get(
    '/transport/reference',
    {
      schema: {
        tags,
        summary: 'Emission factors with their basis and source, and the per-mode values used for estimates',
        response: { 200: ReferenceDto },
      },
    },
    async () => referenceMeta,
  );

  app.get(
    '/transport/nodes',
    {
      schema: {
        tags,
        summary: 'Nodes of the network (ports, dry ports, hubs, junctions, border crossings)',
        querystring: NodesQuery,
        response: { 200: z.object({ items: z.array(NodeDto) }) },
      },
    },
    async (req) => ({ items: await listNodes(kernel, req.query) }),
  );

  app.get(
    '/transport/nodes/:id',
    { schema: { tags, summary: 'One node', params: IdParams, response: { 200: NodeDto } } },
    async (req) => getNode(kernel, req.params.id),
  );

  app.post(
    '/transport/nodes',
    {
      schema: {
        tags,
        summary: "Add a node (the Secretariat, or the coordinator of the node's state)",
        body: NodeBody,
        response: { 201: NodeDto },
      },
      preHandler: can,
    },
    async (req, reply) => reply.code(201).send(await createNode(kernel, req.actor!, req.body)),
  );

  app.patch(
    '/transport/nodes/:id',
    {
      schema: {
        tags,
        summary: "Change a node's fields, naming the source of the change",
        params: IdParams,
        body: NodeUpdateBody,
        response: { 200: NodeDto },
      },
      preHandler: can,
    },
    async (req) => updateNode(kernel, req.actor!, req.params.id, req.body),
  );

  app.get(
    '/transport/links',
    {
      schema: {
        tags,
        summary: 'Links of the network by mode, with distance, time and status where a source gives them',
        querystring: LinksQuery,
        response: { 200: z.object({ items: z.array(LinkDto) }) },
      },
    },
    async (req) => ({ items: await listLinks(kernel, req.query) }),
  );

  app.get(
    '/transport/links/:id',
    { schema: { tags, summary: 'One link', params: IdParams, response: { 200: LinkDto } } },
    async (req) => getLink(kernel, req.params.id),
  );

  app.post(
    '/transport/links',
    {
      schema: {
        tags,
        summary: 'Add a link (the Secretariat, or the coordinator of a state at either end)',
        body: LinkBody,
        response: { 201: LinkDto },
      },
      preHandler: can,
    },
    async (req, reply) => reply.code(201).send(await createLink(kernel, req.actor!, req.body)),
  );

  app.patch(
    '/transport/links/:id',
    {
      schema: {
        tags,
        summary: "Change a link's fields, naming the source of the change",
        params: IdParams,
        body: LinkUpdateBody,
        response: { 200: LinkDto },
      },
      preHandler: can,
    },
    async (req) => updateLink(kernel, req.actor!, req.params.id, req.body),
  );

  app.get(
    '/transport/corridors',
    {
      schema: {
        tags,
        summary: 'The corridors as named paths over the network',
        response: { 200: z.object({ items: z.array(CorridorDto) }) },
      },
    },
    async () => ({ items: await listCorridors(kernel) }),
  );

  app.get(
    '/transport/corridors/synergy',
    {
      schema: {
        tags,
        summary: 'Nodes and links corridors share, and what each planned link would change',
        response: { 200: SynergyDto },
      },
    },
    async () => synergy(kernel),
  );

  app.get(
    '/transport/corridors/:id',
    { schema: { tags, summary: 'One corridor', params: IdParams, response: { 200: CorridorDto } } },
    async (req) => getCorridor(kernel, req.params.id),
  );

  app.get(
    '/transport/routes',
    {
      schema: {
        tags,
        summary:
          'Multimodal routes by time (default), cost, CO2 or the Pareto set over the three; every figure published or estimated, unknown never zero',
        querystring: RoutesWithProjectQuery,
        response: { 200: RoutesWithProjectDto },
      },
    },
    async (req) => planRoutesWithProject(kernel, req.actor ?? null, req.query),
  );

  app.get(
    '/transport/routes.geojson',
    {
      schema: {
        tags: open,
        summary: "The planner's routes as a GeoJSON FeatureCollection (same parameters as /transport/routes)",
        querystring: RoutesQuery,
        produces: ['application/geo+json'],
      },
    },
    async (req, reply) =>
      reply
        .type('application/geo+json; charset=utf-8')
        .send(JSON.stringify(routesGeoJson((await planRoutes(kernel, req.query)).routes)) as never),
  );

  app.get(
    '/transport/network.geojson',
    {
      schema: {
        tags: open,
        summary: 'The network as a GeoJSON FeatureCollection: nodes as points, links as lines',
        produces: ['application/geo+json'],
      },
    },
    async (_req, reply) => {
      const [nodes, links] = await Promise.all([listNodes(kernel, {}), listLinks(kernel, {})]);
      return reply
        .type('application/geo+json; charset=utf-8')
        .send(JSON.stringify(networkGeoJson(nodes, links)) as never);
    },
  );

  app.get(
    '/transport/nodes.csv',
    { schema: { tags: open, summary: 'The nodes as CSV', produces: ['text/csv'] } },
    async (_req, reply) =>
      reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="transport-nodes.csv"')
        .send(nodesCsv(await listNodes(kernel, {}))),
  );

  app.get(
    '/transport/links.csv',
    { schema: { tags: open, summary: 'The links as CSV', produces: ['text/csv'] } },
    async (_req, reply) =>
      reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="transport-links.csv"')
        .send(linksCsv(await listLinks(kernel, {}))),
  );
}
