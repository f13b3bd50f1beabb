import { sendJsonText } from '../../core/http/json';
import type { App, Kernel } from '../../core/module';
import { loadExportData } from './exports.service';
import { toJsonFeed } from './feed.export';
import { toIatiXml } from './iati.export';
import { toOc4idsJson } from './oc4ids.export';
import { listProjects } from './project.service';
import { Params } from './projects.routes';

/** Open data: the public pipeline as a feed, and each project in IATI 2.03 and OC4IDS. */
export async function exportRoutes(app: App, kernel: Kernel) {
  const tags = ['projects', 'open data'];

  app.get(
    '/projects/feed.json',
    { schema: { tags, summary: 'The public pipeline as a JSON Feed 1.1, newest first' } },
    async (_req, reply) => {
      // Anonymous on purpose: the feed is the public pipeline whoever asks.
      const { items } = await listProjects(kernel, null, { public: true, limit: 100 });
      void reply.header('cache-control', 'public, max-age=60');
      return reply
        .type('application/feed+json; charset=utf-8')
        .send(JSON.stringify(toJsonFeed(items, kernel.config.publicUrl)) as never);
    },
  );

  app.get(
    '/projects/:id/iati.xml',
    {
      schema: {
        tags,
        summary: 'The project as an IATI 2.03 activity (iati-activities XML)',
        params: Params,
        produces: ['application/xml'],
      },
    },
    async (req, reply) => {
      const data = await loadExportData(kernel, req.actor, req.params.id);
      return reply.type('application/xml; charset=utf-8').send(toIatiXml(data, kernel.now().toISOString()));
    },
  );

  app.get(
    '/projects/:id/oc4ids.json',
    {
      schema: { tags, summary: 'The project as an OC4IDS 0.9.5 project', params: Params },
    },
    async (req, reply) =>
      sendJsonText(reply, toOc4idsJson(await loadExportData(kernel, req.actor, req.params.id))),
  );
}
