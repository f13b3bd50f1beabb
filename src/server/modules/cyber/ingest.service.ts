import type { Trx } from '../../core/db/database';
import { newId } from '../../core/ids';
import type { Kernel } from '../../core/module';
import { readerStates } from './access';
import * as repo from './cyber.repository';
import { objectTlp, recipientsOf, TLP_RANK, type StixObject } from './markings';
import { CYBER_OBSERVABLE_TYPES, invalidReason } from './stix/validate';
import { taxiiTimestamp, toMicros } from './stix/time';

function versionOf(o: StixObject): string | null {
  if (typeof o.modified === 'string') return o.modified;
  if (typeof o.created === 'string') return o.created;
  return null;
}

const AMBER = TLP_RANK.amber;

/** Where an ingest stores objects, and in whose name. */
export interface IngestTarget {
  collection: repo.CollectionRow;
  /** The member state whose CERT publishes the objects. */
  publisher: string;
  /** Who added them: a user id, or `feed:<id>` for a feed. */
  addedBy: string;
  memberCodes: readonly string[];
}

export interface IngestResult {
  successes: repo.StatusRow['successes'];
  failures: repo.StatusRow['failures'];
  /** Versions stored by this ingest (exact duplicates are successes, not additions). */
  added: number;
}

/**
 * Validates and stores STIX objects inside the caller's transaction: the one ingest path of the
 * exchange, for a TAXII POST, an uploaded bundle and a feed's page alike. Each object is validated on
 * its own; invalid ones are listed with a reason and the valid ones are kept. date_added is allocated
 * under the collection's lock, strictly increasing to the microsecond even within one call.
 */
export async function ingestObjects(
  kernel: Kernel,
  trx: Trx,
  target: IngestTarget,
  objects: readonly unknown[],
): Promise<IngestResult> {
  const { collection: c, publisher } = target;
  const envelopeMarkings = new Set(
    objects.flatMap((o) =>
      o && typeof o === 'object' && (o as StixObject).type === 'marking-definition'
        ? [(o as StixObject).id]
        : [],
    ),
  );
  const referenced = [
    ...new Set(
      objects.flatMap((o) => {
        const refs = (o as { object_marking_refs?: unknown })?.object_marking_refs;
        const gm = (o as { granular_markings?: unknown })?.granular_markings;
        return [
          ...(Array.isArray(refs) ? refs : []),
          ...(Array.isArray(gm) ? gm.map((g: { marking_ref?: unknown }) => g?.marking_ref) : []),
        ].filter((r): r is string => typeof r === 'string');
      }),
    ),
  ];
  const stored = await repo.existingMarkings(trx, referenced);
  const successes: repo.StatusRow['successes'] = [];
  const failures: repo.StatusRow['failures'] = [];
  const valid: StixObject[] = [];
  for (const o of objects) {
    const reason = invalidReason(o, { markingExists: (id) => envelopeMarkings.has(id) || stored.has(id) });
    const id = (o as { id?: unknown })?.id;
    if (reason) failures.push({ id: typeof id === 'string' ? id : '', message: reason });
    else valid.push(o as StixObject);
  }
  const readers = readerStates(c, target.memberCodes);
  const all = await repo.listCollections(trx);
  const readersOf = new Map(all.map((x) => [x.id, readerStates(x, target.memberCodes)]));
  let last = await repo.lockLastAdded(trx, c.id, kernel.dbKind === 'postgres');
  const existing = await repo.findVersions(trx, [...new Set(valid.map((o) => o.id))]);
  const byId = new Map<string, repo.StoredVersion[]>();
  for (const v of existing) byId.set(v.stixId, [...(byId.get(v.stixId) ?? []), v]);
  const rows: repo.NewObjectRow[] = [];
  const nowUs = kernel.now().getTime() * 1000;
  for (const o of valid) {
    const stored = byId.get(o.id) ?? [];
    // Cyber-observable ids are derived from their values, so anyone can name one: each CERT's copy
    // stands alone, and nothing about another CERT's copy (not even that it exists) is revealed.
    const observable = CYBER_OBSERVABLE_TYPES.has(o.type);
    const versions = observable ? stored.filter((v) => v.publisherState === publisher) : stored;
    const tlp = TLP_RANK[objectTlp(o)];
    if (!observable && versions.some((v) => v.publisherState !== publisher)) {
      failures.push({ id: o.id, message: 'only the CERT that first published this object may version it' });
      continue;
    }
    const narrower = versions.find((v) => {
      if (v.collectionId === c.id || Math.max(v.tlp, tlp) < AMBER) return false;
      const from = readersOf.get(v.collectionId) ?? [];
      return readers.some((s) => !from.includes(s));
    });
    if (narrower) {
      failures.push({
        id: o.id,
        message:
          'this object is marked for a narrower readership than this collection has; it may not be re-published here',
      });
      continue;
    }
    const dateAdded = Math.max(nowUs, last + 1);
    let version = versionOf(o);
    let versionUs = version ? toMicros(version)! : null;
    const here = versions.filter((v) => v.collectionId === c.id);
    if (versionUs === null && here.length > 0) versionUs = here[0]!.versionUs;
    if (versionUs === null) versionUs = dateAdded;
    version ??= taxiiTimestamp(versionUs);
    if (here.some((v) => v.versionUs === versionUs)) {
      successes.push({ id: o.id, version, message: 'already present' });
      continue;
    }
    last = dateAdded;
    byId.set(o.id, [
      ...stored,
      { collectionId: c.id, stixId: o.id, versionUs, publisherState: publisher, tlp },
    ]);
    rows.push({
      row_id: newId(),
      collection_id: c.id,
      stix_id: o.id,
      type: o.type,
      spec_version: '2.1',
      version,
      version_us: versionUs,
      date_added_us: dateAdded,
      publisher_state: publisher,
      tlp,
      recipients: `,${recipientsOf(o, publisher).join(',')},`,
      object: JSON.stringify(o),
      added_by: target.addedBy,
    });
    successes.push({ id: o.id, version });
  }
  await repo.insertObjects(trx, rows);
  await repo.setLastAdded(trx, c.id, last);
  return { successes, failures, added: rows.length };
}
