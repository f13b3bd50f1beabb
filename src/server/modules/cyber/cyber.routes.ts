import { z } from 'zod';
import { namesStates, StateCode } from '../../../contracts/common';
import type { App, Kernel } from '../../core/module';
import { browseRoutes } from './browse.routes';
import { bundleRoutes } from './bundles.routes';
import { createSharingGroup } from './collections.service';
import { feedRoutes } from './feeds.routes';
import { practicesRoutes } from './practices.routes';

const SharingGroupBody = z.strictObject({
  alias: z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/),
  title: z.string().trim().min(1).max(200),
  description: z.string().trim().max(2000).optional(),
  members: namesStates(z.array(StateCode).min(1).max(50), 'the states a sharing group is formed of'),
});

const SharingGroupDto = z.object({
  id: z.string(),
  alias: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  members: z.array(z.string()),
});

/** The exchange's administration under /api/v1/cyber; the exchange itself speaks TAXII at /taxii2/. */
export async function cyberRoutes(app: App, kernel: Kernel) {
  await browseRoutes(app, kernel);
  await practicesRoutes(app, kernel);
  app.post(
    '/cyber/sharing-groups',
    {
      schema: {
        tags: ['cyber'],
        summary: 'Create a TAXII collection for a sharing group of member CERTs (exchange coordinator)',
        body: SharingGroupBody,
        response: { 201: SharingGroupDto },
      },
      preHandler: kernel.perms.require('cyber.group.create'),
    },
    async (req, reply) => {
      const g = await createSharingGroup(kernel, req.actor, req.body);
      return reply.code(201).send({
        id: g.id,
        alias: g.alias,
        title: g.title,
        description: g.description,
        members: g.members,
      });
    },
  );
  await Promise.all([feedRoutes(app, kernel), bundleRoutes(app, kernel)]);
}
