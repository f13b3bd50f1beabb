import { z } from 'zod';
import { AuditEntryDto, AuditQuery, AuditVerifyDto } from '../../../contracts/audit';
import { sendCsv } from '../http/csv';
import type { App, Kernel } from '../module';

/** An export is a working copy, not a backup: the newest entries up to this many. */
const CSV_ROWS = 100_000;

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
      const items = await kernel.audit.list(kernel.db, {
        ...req.query,
        hideActions: kernel.audit.hiddenFrom(req.actor),
      });
      const last = items.at(-1);
      return { items, nextBeforeSeq: items.length === req.query.limit && last ? last.seq : null };
    },
  );

  app.get(
    '/audit.csv',
    {
      schema: {
        tags: ['audit'],
        summary: 'The audit log with the same filters, as CSV (Secretariat only)',
        querystring: AuditQuery.omit({ limit: true, beforeSeq: true }),
      },
      preHandler: kernel.perms.require('audit.log.read'),
    },
    async (req, reply) => {
      const items = await kernel.audit.list(kernel.db, {
        ...req.query,
        limit: CSV_ROWS,
        hideActions: kernel.audit.hiddenFrom(req.actor),
      });
      return sendCsv(
        reply,
        'audit-log.csv',
        ['seq', 'at', 'actor_email', 'acting_for', 'action', 'target_type', 'target_id', 'data', 'hash'],
        items.map((e) => [
          e.seq,
          e.at,
          e.actorEmail,
          e.actingFor,
          e.action,
          e.targetType,
          e.targetId,
          JSON.stringify(e.data),
          e.hash,
        ]),
      );
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
