import type { FastifyReply } from 'fastify';
import type { App, Kernel } from '../../core/module';
import { parseFilters, requireTaxiiAccept, requireTaxiiContentType, taxiiAuth } from './taxii.http';
import * as service from './taxii.service';

type Params = { id: string; objectId: string; statusId: string };

function send(reply: FastifyReply, code: number, body: unknown) {
  return reply.code(code).header('content-type', service.TAXII_MEDIA_TYPE).send(JSON.stringify(body));
}

/** Both headers on every 2xx from manifest, objects, object and versions (TAXII 2.1 §3.4). */
function sendPage(reply: FastifyReply, page: { body: unknown; first: string | null; last: string | null }) {
  if (page.first) void reply.header('x-taxii-date-added-first', page.first);
  if (page.last) void reply.header('x-taxii-date-added-last', page.last);
  return send(reply, 200, page.body);
}

/** TAXII 2.1 at /taxii2/: discovery and one API root, `exchange`. Routes only translate HTTP. */
export async function taxiiRoutes(app: App, kernel: Kernel) {
  app.addHook('onRequest', taxiiAuth(kernel));
  app.addHook('onRequest', requireTaxiiAccept);
  // Fastify re-spells a JSON content type (quotes, charset); TAXII 2.1 §1.6.8 wants it verbatim.
  app.addHook('onSend', async (_req, reply, payload) => {
    void reply.header('content-type', service.TAXII_MEDIA_TYPE);
    return payload;
  });
  const hide = { schema: { hide: true } };
  const root = '/exchange';
  const col = `${root}/collections/:id`;

  app.get('/', hide, async (_req, reply) => send(reply, 200, service.discovery(kernel.config.publicUrl)));
  app.get(`${root}/`, hide, async (_req, reply) => send(reply, 200, service.apiRoot()));
  app.get(`${root}/status/:statusId/`, hide, async (req, reply) =>
    send(reply, 200, await service.getStatus(kernel, req.actor, (req.params as Params).statusId)),
  );
  app.get(`${root}/collections/`, hide, async (req, reply) =>
    send(reply, 200, await service.listCollections(kernel, req.actor)),
  );
  app.get(`${col}/`, hide, async (req, reply) =>
    send(reply, 200, await service.getCollection(kernel, req.actor, (req.params as Params).id)),
  );
  app.get(`${col}/manifest/`, hide, async (req, reply) => {
    const filters = parseFilters(req.query, { idAndType: true, version: true });
    return sendPage(reply, await service.getManifest(kernel, req.actor, (req.params as Params).id, filters));
  });
  app.get(`${col}/objects/`, hide, async (req, reply) => {
    const filters = parseFilters(req.query, { idAndType: true, version: true });
    return sendPage(reply, await service.getObjects(kernel, req.actor, (req.params as Params).id, filters));
  });
  app.post(
    `${col}/objects/`,
    { ...hide, bodyLimit: service.MAX_CONTENT_LENGTH, preHandler: requireTaxiiContentType },
    async (req, reply) =>
      send(reply, 202, await service.postObjects(kernel, req.actor, (req.params as Params).id, req.body)),
  );
  app.get(`${col}/objects/:objectId/`, hide, async (req, reply) => {
    const p = req.params as Params;
    const filters = parseFilters(req.query, { idAndType: false, version: true });
    return sendPage(reply, await service.getObjects(kernel, req.actor, p.id, filters, p.objectId));
  });
  app.delete(`${col}/objects/:objectId/`, hide, async (req, reply) => {
    const p = req.params as Params;
    const filters = parseFilters(req.query, { idAndType: false, version: true });
    // Without match[version], DELETE removes every version (TAXII 2.1 §5.7).
    const all = !('match[version]' in (req.query as object));
    await service.deleteObject(
      kernel,
      req.actor,
      p.id,
      p.objectId,
      all ? { ...filters, versions: { all } } : filters,
    );
    return send(reply, 200, {});
  });
  app.get(`${col}/objects/:objectId/versions/`, hide, async (req, reply) => {
    const p = req.params as Params;
    const filters = parseFilters(req.query, { idAndType: false, version: false });
    return sendPage(reply, await service.getVersions(kernel, req.actor, p.id, p.objectId, filters));
  });
}
