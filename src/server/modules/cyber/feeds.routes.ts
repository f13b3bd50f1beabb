import { z } from 'zod';
import { CreateFeedBody, FeedDto, FeedParams, UpdateFeedBody } from '../../../contracts/cyber-feeds';
import type { App, Kernel } from '../../core/module';
import { createFeed, getFeed, listFeeds, setFeedStatus, updateFeed } from './feeds.service';

/** The Secretariat's feeds from member CERTs' own TAXII servers (ADR 0022), under /api/v1/cyber/feeds. */
export async function feedRoutes(app: App, kernel: Kernel) {
  const manage = kernel.perms.require('cyber.feed.manage');
  const tags = ['cyber'];

  app.get(
    '/cyber/feeds',
    {
      schema: {
        tags,
        summary: "Feeds from member CERTs' TAXII servers, with their health (exchange coordinator)",
        response: { 200: z.object({ items: z.array(FeedDto) }) },
      },
      preHandler: manage,
    },
    async () => ({ items: await listFeeds(kernel) }),
  );

  app.post(
    '/cyber/feeds',
    {
      schema: {
        tags,
        summary: "Register a member CERT's TAXII 2.1 collection as a feed (credentials are never returned)",
        body: CreateFeedBody,
        response: { 201: FeedDto },
      },
      preHandler: manage,
    },
    async (req, reply) => reply.code(201).send(await createFeed(kernel, req.actor!, req.body)),
  );

  app.get(
    '/cyber/feeds/:id',
    {
      schema: { tags, summary: 'One feed and its health', params: FeedParams, response: { 200: FeedDto } },
      preHandler: manage,
    },
    async (req) => getFeed(kernel, req.params.id),
  );

  app.patch(
    '/cyber/feeds/:id',
    {
      schema: {
        tags,
        summary: 'Change a feed; a new server or collection is polled from the beginning',
        params: FeedParams,
        body: UpdateFeedBody,
        response: { 200: FeedDto },
      },
      preHandler: manage,
    },
    async (req) => updateFeed(kernel, req.actor!, req.params.id, req.body),
  );

  for (const [verb, status] of [
    ['pause', 'paused'],
    ['resume', 'active'],
  ] as const) {
    app.post(
      `/cyber/feeds/:id/${verb}`,
      {
        schema: {
          tags,
          summary:
            verb === 'pause' ? 'Stop polling a feed' : 'Poll a paused feed again, from where it stopped',
          params: FeedParams,
          response: { 200: FeedDto },
        },
        preHandler: manage,
      },
      async (req) => setFeedStatus(kernel, req.actor!, req.params.id, status),
    );
  }
}
