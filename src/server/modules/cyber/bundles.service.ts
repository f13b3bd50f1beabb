import { randomUUID } from 'node:crypto';
import type { Actor } from '../../core/auth/actor';
import { checkFile, defineFileUse, registerDetector, storeFile, type FileInput } from '../../core/files';
import type { Kernel } from '../../core/module';
import { FeedErrors } from './cyber.errors';
import type { VersionFilter } from './cyber.repository';
import { ingestAsStatus, MAX_CONTENT_LENGTH, readableObjects, writableCollection } from './taxii.service';

/**
 * STIX bundles as files (ADR 0022): uploaded through the kernel's stored files into a collection the
 * uploader may write, and ingested exactly as a TAXII POST; exported as a bundle of what the reader
 * may receive, through the same clearance as every TAXII read path (ADR 0020).
 */
export const STIX_BUNDLE_MEDIA_TYPE = 'application/stix+json';

interface BundleShape {
  type?: unknown;
  id?: unknown;
  objects?: unknown;
}

/** A STIX bundle is JSON whose top level says so (`type: bundle`, a `bundle--` id); it refines json. */
export const stixBundleDetector = registerDetector({
  kind: 'stix-bundle',
  mediaType: STIX_BUNDLE_MEDIA_TYPE,
  extensions: ['json'],
  refines: 'json',
  matches: (p) => {
    const v = p.json() as BundleShape | null | undefined;
    return (
      typeof v === 'object' &&
      v !== null &&
      !Array.isArray(v) &&
      v.type === 'bundle' &&
      typeof v.id === 'string' &&
      v.id.startsWith('bundle--')
    );
  },
});

/** As large as a TAXII POST may be: the same objects, the same limit. */
export const bundleUse = defineFileUse({
  name: 'cyber.bundle',
  module: 'cyber',
  accepts: ['stix-bundle'],
  maxBytes: MAX_CONTENT_LENGTH,
});

/**
 * Stores the file and ingests its objects in one transaction, with the status of a TAXII POST.
 * @throws uploads.* (the file), cyber.bundle_invalid, cyber.write_forbidden, cyber.collection_not_found
 */
export async function uploadBundle(
  kernel: Kernel,
  actor: Actor | null,
  collectionId: string,
  file: FileInput,
) {
  const w = await writableCollection(kernel, actor, collectionId);
  const checked = await checkFile(bundleUse, file);
  const bundle = JSON.parse(checked.content.toString('utf8')) as BundleShape;
  if (!Array.isArray(bundle.objects) || bundle.objects.length === 0) {
    throw FeedErrors.bundleInvalid({ reason: 'objects must be a non-empty list' });
  }
  const objects = bundle.objects as unknown[];
  return kernel.db.transaction().execute(async (trx) => {
    const stored = await storeFile(trx, checked, {
      ownerRecord: collectionId,
      uploadedBy: w.actor.email,
      actingFor: w.target.publisher,
      at: kernel.now().toISOString(),
    });
    return ingestAsStatus(kernel, trx, w.actor, w.target, objects, {
      file: stored.id,
      filename: stored.filename,
    });
  });
}

export interface ExportQuery {
  types: string[] | null;
  afterUs: number | null;
  versions: VersionFilter;
}

/** A bundle of what this reader may receive from the collection, written as it is read. */
export async function exportBundle(
  kernel: Kernel,
  actor: Actor | null,
  collectionId: string,
  q: ExportQuery,
) {
  const { collection, objects } = await readableObjects(kernel, actor, collectionId, q);
  async function* chunks(): AsyncGenerator<string> {
    yield `{"type":"bundle","id":"bundle--${randomUUID()}"`;
    let first = true;
    for await (const o of objects) {
      // STIX lists are never empty: a bundle with nothing to give has no `objects` at all.
      yield `${first ? ',"objects":[' : ','}${JSON.stringify(o)}`;
      first = false;
    }
    yield first ? '}\n' : ']}\n';
  }
  return { filename: `${collection.alias}.stix.json`, chunks: chunks() };
}
