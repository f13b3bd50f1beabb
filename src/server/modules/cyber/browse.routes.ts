import {
  CollectionsQuery,
  CyberCollectionsDto,
  CyberObjectDto,
  CyberObjectsDto,
  ObjectParams,
  ObjectQuery,
  ObjectsQuery,
} from '../../../contracts/cyber-browse';
import type { App, Kernel } from '../../core/module';
import * as service from './browse.service';

/**
 * The exchange's read paths for the web app under /api/v1/cyber. Anyone may call them: what comes
 * back is what the caller may receive under ADR 0020, the anonymous receiving CLEAR only.
 */
export async function browseRoutes(app: App, kernel: Kernel) {
  app.get(
    '/cyber/collections',
    {
      schema: {
        tags: ['cyber'],
        summary:
          'Collections the reader may see, with the objects they may receive and the volume added per period',
        querystring: CollectionsQuery,
        response: { 200: CyberCollectionsDto },
      },
    },
    async (req) => service.listCollections(kernel, req.actor, req.query.interval, req.query.periods),
  );
  app.get(
    '/cyber/objects',
    {
      schema: {
        tags: ['cyber'],
        summary: 'Search the objects the reader may receive, newest first, with their total',
        querystring: ObjectsQuery,
        response: { 200: CyberObjectsDto },
      },
    },
    async (req) => service.searchObjects(kernel, req.actor, req.query),
  );
  app.get(
    '/cyber/collections/:collectionId/objects/:objectId',
    {
      schema: {
        tags: ['cyber'],
        summary: 'One object as the reader receives it, with its versions and its neighbours as a graph',
        params: ObjectParams,
        querystring: ObjectQuery,
        response: { 200: CyberObjectDto },
      },
    },
    async (req) =>
      service.getObject(kernel, req.actor, req.params.collectionId, req.params.objectId, req.query.version),
  );
}
