import { z } from 'zod';
import { AuditEntryDto, AuditQuery, AuditVerifyDto } from '../../../contracts/audit';
import type { App, Kernel } from '../module';

export async function auditRoutes(app: App, kernel: Kernel) {
  app.get(
    '/audit',
    {
      schema: {
        tags: ['audit'],
        summary: 'The audit log, newest first (Secretariat only)',
        querystring: AuditQuery,
        response: {
          200: z.object({ items: z.array(AuditEntryDto), nextBeforeSeq: z.number().int().nullable() }),
        },
      },
      preHandler: kernel.perms.require('audit.log.read'),
    },
    async (req) => {
      const items = await kernel.audit.list(kernel.db, req.query);
      const last = items.at(-1);
      return { items, nextBeforeSeq: items.length === req.query.limit && last ? last.seq : null };
    },
  );

  app.get(
    '/audit/verify',
    {
      schema: {
        tags: ['audit'],
        summary: 'Verify the hash chain and name the first broken link (Secretariat only)',
        response: { 200: AuditVerifyDto },
      },
      preHandler: kernel.perms.require('audit.log.read'),
    },
    async () => kernel.audit.verify(kernel.db),
  );
}
