import { Readable } from 'node:stream';
import { z } from 'zod';
import { contentDisposition, readUpload, withUploads } from '../../core/files';
import type { App, Kernel } from '../../core/module';
import { bundleUse, exportBundle, uploadBundle } from './bundles.service';
import { toMicros } from './stix/time';

const Params = z.strictObject({ id: z.string().min(1).max(64) });

const StatusEntry = z.object({
  id: z.string(),
  version: z.string().optional(),
  message: z.string().optional(),
});
/** The status resource of TAXII 2.1 §4.3.1, as a TAXII POST answers it. */
const StatusDto = z
  .object({
    id: z.string(),
    status: z.enum(['complete', 'pending']),
    request_timestamp: z.string(),
    total_count: z.number().int(),
    success_count: z.number().int(),
    successes: z.array(StatusEntry).optional(),
    failure_count: z.number().int(),
    failures: z.array(StatusEntry).optional(),
    pending_count: z.number().int(),
  })
  .meta({ id: 'CyberStatus' });

const ExportQuery = z.strictObject({
  types: z
    .string()
    .regex(/^[a-z0-9-]{1,250}(,[a-z0-9-]{1,250})*$/, 'comma-separated STIX types')
    .optional(),
  addedAfter: z
    .string()
    .refine((v) => toMicros(v) !== null, 'a timestamp such as 2026-12-01T00:00:00.000Z')
    .optional(),
  versions: z.enum(['last', 'all']).default('last'),
});

/** STIX bundles as files, under /api/v1/cyber/collections/:id/bundles (ADR 0022). */
export async function bundleRoutes(app: App, kernel: Kernel) {
  const tags = ['cyber'];
  await withUploads(app, (scoped) =>
    scoped.post(
      '/cyber/collections/:id/bundles',
      {
        schema: {
          tags,
          summary: 'Publish the objects of an uploaded STIX 2.1 bundle file, as a TAXII POST would',
          params: Params,
          consumes: ['multipart/form-data'],
          response: { 202: StatusDto },
        },
        preHandler: kernel.perms.requireSignedIn(),
      },
      async (req, reply) => {
        const { file } = await readUpload(req, bundleUse);
        return reply.code(202).send(await uploadBundle(kernel, req.actor, req.params.id, file));
      },
    ),
  );

  app.get(
    '/cyber/collections/:id/bundle',
    {
      schema: {
        tags,
        summary: 'Download what you may receive of a collection as a STIX 2.1 bundle (anonymous: TLP:CLEAR)',
        params: Params,
        querystring: ExportQuery,
        produces: ['application/stix+json'],
      },
    },
    async (req, reply) => {
      const q = req.query;
      const out = await exportBundle(kernel, req.actor, req.params.id, {
        types: q.types ? q.types.split(',') : null,
        afterUs: q.addedAfter ? toMicros(q.addedAfter) : null,
        versions: q.versions === 'all' ? { all: true } : { all: false, first: false, last: true, exact: [] },
      });
      return reply
        .type('application/stix+json;version=2.1')
        .header('content-disposition', contentDisposition(out.filename))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(Readable.from(out.chunks));
    },
  );
}
