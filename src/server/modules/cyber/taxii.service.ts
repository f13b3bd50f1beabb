import type { Actor } from '../../core/auth/actor';
import { AuthErrors } from '../../core/auth/actor';
import { newId } from '../../core/ids';
import type { Trx } from '../../core/db/database';
import type { Kernel } from '../../core/module';
import { currentMemberCodes } from '../states';
import {
  canSee,
  clearance,
  mayReadLevel,
  readerOf,
  writableFor,
  type Clearance,
  type Reader,
} from './access';
import { CyberErrors } from './cyber.errors';
import * as repo from './cyber.repository';
import { ingestObjects, type IngestTarget } from './ingest.service';
import { decodeCursor, encodeCursor, filterDigest } from './cursor';
import { redact, type StixObject } from './markings';
import { taxiiTimestamp } from './stix/time';

export const TAXII_MEDIA_TYPE = 'application/taxii+json;version=2.1';
export const STIX_MEDIA_TYPE = 'application/stix+json;version=2.1';
export const MAX_CONTENT_LENGTH = 10 * 1024 * 1024;
export const DEFAULT_PAGE = 100;
export const MAX_PAGE = 1000;

export interface Filters {
  addedAfterUs: number | null;
  limit: number;
  next: string | null;
  ids: string[] | null;
  types: string[] | null;
  specVersions: string[] | null;
  versions: repo.VersionFilter;
  /** The filters as the client sent them, `next` and `limit` excluded: what a cursor is bound to. */
  raw: Record<string, string>;
}

interface Context {
  memberCodes: string[];
  reader: Reader;
}

async function contextOf(kernel: Kernel, actor: Actor | null): Promise<Context> {
  const memberCodes = await currentMemberCodes(kernel.db);
  return { memberCodes, reader: readerOf(actor, memberCodes) };
}

/**
 * The collection as this reader may know it. A collection the reader may not see does not exist for
 * them: 404, or 401 for the anonymous, who are asked to authenticate whatever the id.
 */
async function visibleCollection(kernel: Kernel, ctx: Context, id: string) {
  const c = await repo.findCollection(kernel.db, id);
  if (!c || !canSee(ctx.reader, c, ctx.memberCodes)) {
    if (!ctx.reader.userId) throw AuthErrors.unauthenticated();
    throw CyberErrors.collectionNotFound({ id });
  }
  return c;
}

function collectionResource(ctx: Context, c: repo.CollectionRow) {
  return {
    id: c.id,
    title: c.title,
    ...(c.description ? { description: c.description } : {}),
    alias: c.alias,
    can_read: true,
    can_write: writableFor(ctx.reader, c, ctx.memberCodes).length > 0,
    media_types: [STIX_MEDIA_TYPE],
  };
}

export function discovery(publicUrl: string) {
  return {
    title: 'Shanghai Cooperation Organisation: cyber information exchange',
    description: "TAXII 2.1 exchange of the member states' national CERTs",
    contact: publicUrl,
    default: '/taxii2/exchange/',
    api_roots: ['/taxii2/exchange/'],
  };
}

export function apiRoot() {
  return {
    title: 'Exchange of the national CERTs',
    description: 'One collection per member CERT, the community, best practices and sharing groups',
    versions: [TAXII_MEDIA_TYPE],
    max_content_length: MAX_CONTENT_LENGTH,
  };
}

export async function listCollections(kernel: Kernel, actor: Actor | null) {
  const ctx = await contextOf(kernel, actor);
  const all = await repo.listCollections(kernel.db);
  const mine = all
    .filter((c) => canSee(ctx.reader, c, ctx.memberCodes))
    .map((c) => collectionResource(ctx, c));
  return mine.length > 0 ? { collections: mine } : {};
}

export async function getCollection(kernel: Kernel, actor: Actor | null, id: string) {
  const ctx = await contextOf(kernel, actor);
  return collectionResource(ctx, await visibleCollection(kernel, ctx, id));
}

export interface Page<T> {
  body: T;
  first: string | null;
  last: string | null;
}

async function page(
  kernel: Kernel,
  actor: Actor | null,
  collectionId: string,
  objectId: string | null,
  filters: Filters,
  endpoint: string,
) {
  const ctx = await contextOf(kernel, actor);
  const c = await visibleCollection(kernel, ctx, collectionId);
  const cl = clearance(ctx.reader, c, ctx.memberCodes);
  const digest = filterDigest([endpoint, collectionId, objectId, filters.raw]);
  let afterUs = filters.addedAfterUs;
  if (filters.next !== null) {
    const pos = await decodeCursor(kernel.db, filters.next, digest);
    if (pos === null) throw CyberErrors.badCursor();
    afterUs = Math.max(afterUs ?? 0, pos);
  }
  const rows = await repo.queryObjects(kernel.db, {
    collectionId,
    clearance: cl,
    afterUs,
    ids: objectId ? [objectId] : filters.ids,
    types: filters.types,
    specVersions: filters.specVersions,
    versions: filters.versions,
    limit: filters.limit + 1,
  });
  const more = rows.length > filters.limit;
  const items = rows.slice(0, filters.limit);
  const paging = more
    ? { more: true, next: await encodeCursor(kernel.db, items[items.length - 1]!.dateAddedUs, digest) }
    : {};
  const first = items[0] ? taxiiTimestamp(items[0].dateAddedUs) : null;
  const last = items.length > 0 ? taxiiTimestamp(items[items.length - 1]!.dateAddedUs) : null;
  return { items, paging, first, last, cl };
}

function present(row: repo.ObjectRow, cl: Clearance): StixObject {
  return redact(JSON.parse(row.object) as StixObject, mayReadLevel(cl, row.recipients));
}

export async function getObjects(
  kernel: Kernel,
  actor: Actor | null,
  collectionId: string,
  filters: Filters,
  objectId: string | null = null,
) {
  const p = await page(kernel, actor, collectionId, objectId, filters, objectId ? 'object' : 'objects');
  if (objectId && p.items.length === 0 && filters.next === null && filters.addedAfterUs === null) {
    throw CyberErrors.objectNotFound({ id: objectId });
  }
  const objects = p.items.map((r) => present(r, p.cl));
  return {
    body: { ...p.paging, ...(objects.length > 0 ? { objects } : {}) },
    first: p.first,
    last: p.last,
  };
}

/**
 * Every object of a collection that this reader may receive, redacted as on every other read path, in
 * date_added order and read a page at a time (an export). The collection's visibility is checked now,
 * before anything is sent.
 */
export async function readableObjects(
  kernel: Kernel,
  actor: Actor | null,
  collectionId: string,
  q: { types: string[] | null; afterUs: number | null; versions: repo.VersionFilter },
) {
  const ctx = await contextOf(kernel, actor);
  const c = await visibleCollection(kernel, ctx, collectionId);
  const cl = clearance(ctx.reader, c, ctx.memberCodes);
  async function* objects(): AsyncGenerator<StixObject> {
    for (let afterUs = q.afterUs; ;) {
      const rows = await repo.queryObjects(kernel.db, {
        collectionId,
        clearance: cl,
        afterUs,
        ids: null,
        types: q.types,
        specVersions: null,
        versions: q.versions,
        limit: MAX_PAGE,
      });
      for (const r of rows) yield present(r, cl);
      if (rows.length < MAX_PAGE) return;
      afterUs = rows[rows.length - 1]!.dateAddedUs;
    }
  }
  return { collection: c, objects: objects() };
}

export async function getManifest(
  kernel: Kernel,
  actor: Actor | null,
  collectionId: string,
  filters: Filters,
) {
  const p = await page(kernel, actor, collectionId, null, filters, 'manifest');
  const objects = p.items.map((r) => ({
    id: r.stixId,
    date_added: taxiiTimestamp(r.dateAddedUs),
    version: r.version,
    media_type: STIX_MEDIA_TYPE,
  }));
  return { body: { ...p.paging, ...(objects.length > 0 ? { objects } : {}) }, first: p.first, last: p.last };
}

export async function getVersions(
  kernel: Kernel,
  actor: Actor | null,
  collectionId: string,
  objectId: string,
  filters: Filters,
) {
  const p = await page(
    kernel,
    actor,
    collectionId,
    objectId,
    { ...filters, versions: { all: true } },
    'versions',
  );
  if (p.items.length === 0 && filters.next === null && filters.addedAfterUs === null) {
    throw CyberErrors.objectNotFound({ id: objectId });
  }
  const versions = p.items.map((r) => r.version);
  return {
    body: { ...p.paging, ...(versions.length > 0 ? { versions } : {}) },
    first: p.first,
    last: p.last,
  };
}

/** Deletes the matching versions the reader's CERT published; others' objects are not theirs to delete. */
export async function deleteObject(
  kernel: Kernel,
  actor: Actor | null,
  collectionId: string,
  objectId: string,
  filters: Filters,
) {
  const ctx = await contextOf(kernel, actor);
  const c = await visibleCollection(kernel, ctx, collectionId);
  const states = writableFor(ctx.reader, c, ctx.memberCodes);
  if (states.length === 0)
    throw actor ? CyberErrors.writeForbidden({ id: collectionId }) : AuthErrors.unauthenticated();
  const cl = clearance(ctx.reader, c, ctx.memberCodes);
  const rows = await repo.queryObjects(kernel.db, {
    collectionId,
    clearance: cl,
    afterUs: null,
    ids: [objectId],
    types: null,
    specVersions: filters.specVersions,
    versions: filters.versions,
    limit: 100_000,
  });
  if (rows.length === 0) throw CyberErrors.objectNotFound({ id: objectId });
  const own = rows.filter((r) => ctx.reader.certStates.includes(r.publisherState));
  if (own.length === 0) throw CyberErrors.writeForbidden({ id: collectionId });
  await kernel.db.transaction().execute(async (trx) => {
    await repo.deleteRows(
      trx,
      own.map((r) => r.rowId),
    );
    await kernel.audit.record(trx, actor, {
      action: 'cyber.object_deleted',
      targetType: 'cyber_object',
      targetId: objectId,
      actingFor: own[0]!.publisherState,
      data: { collection: collectionId, versions: own.map((r) => r.version) },
    });
  });
}

/** The collection an actor may publish into, and the state it publishes for. */
export async function writableCollection(kernel: Kernel, actor: Actor | null, collectionId: string) {
  const ctx = await contextOf(kernel, actor);
  const c = await visibleCollection(kernel, ctx, collectionId);
  if (!actor) throw AuthErrors.unauthenticated();
  const states = writableFor(ctx.reader, c, ctx.memberCodes);
  if (states.length === 0) throw CyberErrors.writeForbidden({ id: collectionId });
  return {
    actor,
    target: { collection: c, publisher: states[0]!, addedBy: actor.userId, memberCodes: ctx.memberCodes },
  };
}

/**
 * Ingests objects posted by a person (a TAXII POST or an uploaded bundle) and keeps the status for
 * them, with one audit entry, all in the caller's transaction. `extra` goes into the audit entry.
 */
export async function ingestAsStatus(
  kernel: Kernel,
  trx: Trx,
  actor: Actor,
  target: IngestTarget,
  objects: readonly unknown[],
  extra: Record<string, unknown> = {},
) {
  const requestTimestamp = taxiiTimestamp(kernel.now().getTime() * 1000);
  const r = await ingestObjects(kernel, trx, target, objects);
  const status: repo.StatusRow = {
    id: newId(),
    collectionId: target.collection.id,
    userId: actor.userId,
    requestTimestamp,
    totalCount: objects.length,
    successCount: r.successes.length,
    failureCount: r.failures.length,
    successes: r.successes,
    failures: r.failures,
  };
  await repo.insertStatus(trx, status);
  await kernel.audit.record(trx, actor, {
    action: 'cyber.objects_published',
    targetType: 'cyber_collection',
    targetId: target.collection.id,
    actingFor: target.publisher,
    data: { status: status.id, added: r.added, failed: r.failures.length, ...extra },
  });
  return statusResource(status);
}

/** The STIX objects of a TAXII envelope (or a bundle), or a 422 when there are none. */
function objectsOf(body: unknown): unknown[] {
  const objects = (body as { objects?: unknown } | null)?.objects;
  if (!body || typeof body !== 'object' || !Array.isArray(objects) || objects.length === 0) {
    throw CyberErrors.badEnvelope({ reason: 'objects must be a non-empty list' });
  }
  return objects;
}

/** Publishes an envelope (TAXII 2.1 §5.4): a synchronous ingest, answered with a complete status. */
export async function postObjects(kernel: Kernel, actor: Actor | null, collectionId: string, body: unknown) {
  const w = await writableCollection(kernel, actor, collectionId);
  const objects = objectsOf(body);
  return kernel.db.transaction().execute((trx) => ingestAsStatus(kernel, trx, w.actor, w.target, objects));
}

function statusResource(s: repo.StatusRow) {
  return {
    id: s.id,
    status: 'complete' as const,
    request_timestamp: s.requestTimestamp,
    total_count: s.totalCount,
    success_count: s.successCount,
    ...(s.successes.length > 0 ? { successes: s.successes } : {}),
    failure_count: s.failureCount,
    ...(s.failures.length > 0 ? { failures: s.failures } : {}),
    pending_count: 0,
  };
}

/** A status is its poster's: to anyone else it does not exist. */
export async function getStatus(kernel: Kernel, actor: Actor | null, id: string) {
  if (!actor) throw AuthErrors.unauthenticated();
  const s = await repo.findStatus(kernel.db, id);
  if (!s || s.userId !== actor.userId) throw CyberErrors.statusNotFound({ id });
  return statusResource(s);
}
