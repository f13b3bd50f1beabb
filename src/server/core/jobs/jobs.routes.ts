import { z } from 'zod';
import { DeliveryParams, ParkedDeliveryDto, ParkedQuery } from '../../../contracts/jobs';
import { SECRETARIAT_ROLES } from '../auth/actor';
import type { App, Kernel } from '../module';
import { listParked, retryParked } from './parked.service';

export const jobsPermissions = {
  'jobs.delivery.read': SECRETARIAT_ROLES,
  'jobs.delivery.retry': SECRETARIAT_ROLES,
};

export async function jobsRoutes(app: App, kernel: Kernel) {
  app.get(
    '/jobs/parked',
    {
      schema: {
        tags: ['jobs'],
        summary: 'Event deliveries that kept failing and were parked (Secretariat only)',
        querystring: ParkedQuery,
        response: { 200: z.object({ items: z.array(ParkedDeliveryDto) }) },
      },
      preHandler: kernel.perms.require('jobs.delivery.read'),
    },
    async (req) => ({ items: await listParked(kernel.db, req.query.limit) }),
  );

  app.post(
    '/jobs/parked/:id/retry',
    {
      schema: {
        tags: ['jobs'],
        summary: 'Deliver a parked event to its handler again (Secretariat only)',
        params: DeliveryParams,
        response: { 204: z.null() },
      },
      preHandler: kernel.perms.require('jobs.delivery.retry'),
    },
    async (req, reply) => {
      await retryParked(kernel, req.actor!, req.params.id);
      return reply.code(204).send(null);
    },
  );
}
