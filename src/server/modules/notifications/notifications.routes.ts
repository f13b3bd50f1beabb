import { z } from 'zod';
import { NotificationDto, NotificationsQuery } from '../../../contracts/notifications';
import type { App, Kernel } from '../../core/module';
import { listInbox, markRead } from './notifications.service';

export async function notificationsRoutes(app: App, kernel: Kernel) {
  const tags = ['notifications'];
  app.get(
    '/notifications',
    {
      schema: {
        tags,
        summary: "The inbox of the states I act for (and the Secretariat's)",
        querystring: NotificationsQuery,
        response: { 200: z.object({ items: z.array(NotificationDto) }) },
      },
      preHandler: kernel.perms.requireSignedIn(),
    },
    async (req) => ({
      items: await listInbox(kernel, req.actor!, {
        unreadOnly: req.query.unread === 'true',
        limit: req.query.limit,
      }),
    }),
  );

  app.post(
    '/notifications/:id/read',
    {
      schema: {
        tags,
        summary: 'Mark a notification read',
        params: z.strictObject({ id: z.string().max(64) }),
        response: { 204: z.null() },
      },
      preHandler: kernel.perms.requireSignedIn(),
    },
    async (req, reply) => {
      await markRead(kernel, req.actor!, req.params.id);
      return reply.code(204).send(null);
    },
  );
}
