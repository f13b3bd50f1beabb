import type {
  CyberCollectionsDto,
  CyberGraphEdgeDto,
  CyberGraphNodeDto,
  CyberObjectDto,
  CyberObjectsDto,
  CyberObjectSummaryDto,
  TlpLevel,
  VolumeInterval,
} from '../../../contracts/cyber-browse';
import { TLP_LEVELS } from '../../../contracts/cyber-browse';
import type { Actor } from '../../core/auth/actor';
import type { Kernel } from '../../core/module';
import { currentMemberCodes } from '../states';
import { canSee, clearance, mayReadLevel, readerOf, type Clearance } from './access';
import * as browse from './browse.repository';
import { CyberErrors } from './cyber.errors';
import * as repo from './cyber.repository';
import { redact, TLP_RANK, type StixObject } from './markings';
import { taxiiTimestamp, toMicros } from './stix/time';

/**
 * The exchange as the web app reads it. Which collections a reader sees and what they receive from
 * each come from access.ts (`canSee`, `clearance`), rows are filtered by the repository's `visible`,
 * and every object is passed through `redact`: the TAXII paths' one mechanism, asked again here.
 */
interface View {
  collections: repo.CollectionRow[];
  clearances: Map<string, Clearance>;
  scopes: browse.Scope[];
}

async function viewOf(kernel: Kernel, actor: Actor | null): Promise<View> {
  const memberCodes = await currentMemberCodes(kernel.db);
  const reader = readerOf(actor, memberCodes);
  const collections = (await repo.listCollections(kernel.db)).filter((c) => canSee(reader, c, memberCodes));
  const clearances = new Map(collections.map((c) => [c.id, clearance(reader, c, memberCodes)]));
  const scopes = collections.map((c) => ({ collectionId: c.id, clearance: clearances.get(c.id)! }));
  return { collections, clearances, scopes };
}

const DAY_US = 86_400_000_000;
// Day 0 of the epoch was a Thursday: three days on, every period starts on a Monday.
const PERIODS: Record<VolumeInterval, { size: number; offset: number }> = {
  day: { size: DAY_US, offset: 0 },
  week: { size: 7 * DAY_US, offset: 3 * DAY_US },
};

const levelOf = (rank: number): TlpLevel => TLP_LEVELS[rank]!;
const isoDay = (us: number) => new Date(Math.floor(us / 1000)).toISOString().slice(0, 10);

/** The collections the reader may see, with what they may receive there and how much was added when. */
export async function listCollections(
  kernel: Kernel,
  actor: Actor | null,
  interval: VolumeInterval,
  periods: number,
): Promise<CyberCollectionsDto> {
  const view = await viewOf(kernel, actor);
  const { size, offset } = PERIODS[interval];
  const current = Math.floor((kernel.now().getTime() * 1000 + offset) / size);
  const first = current - periods + 1;
  const counts = await browse.countByCollection(kernel.db, view.scopes);
  const volume = await browse.volumeByPeriod(kernel.db, view.scopes, first * size - offset, size, offset);
  const series = new Map(view.collections.map((c) => [c.id, new Array<number>(periods).fill(0)]));
  for (const v of volume) {
    const s = series.get(v.collectionId);
    if (s && v.period >= first && v.period <= current) s[v.period - first] = v.count;
  }
  return {
    interval,
    periods: Array.from({ length: periods }, (_, i) => isoDay((first + i) * size - offset)),
    collections: view.collections.map((c) => ({
      id: c.id,
      alias: c.alias,
      title: c.title,
      description: c.description,
      kind: c.kind,
      ownerState: c.ownerState,
      members: c.members,
      objects: counts.get(c.id) ?? 0,
      volume: series.get(c.id)!,
    })),
  };
}

function present(row: { object: string; recipients: string[] }, cl: Clearance): StixObject {
  return redact(JSON.parse(row.object) as StixObject, mayReadLevel(cl, row.recipients));
}

function labelOf(o: StixObject): string | null {
  for (const k of ['name', 'value', 'relationship_type'] as const) {
    if (typeof o[k] === 'string') return o[k];
  }
  return null;
}

function summaryOf(
  row: browse.BrowseRow,
  o: StixObject,
  collection: repo.CollectionRow,
): CyberObjectSummaryDto {
  return {
    id: row.stixId,
    type: row.type,
    label: labelOf(o),
    tlp: levelOf(row.tlp),
    collectionId: row.collectionId,
    collectionAlias: collection.alias,
    publisherState: row.publisherState,
    version: row.version,
    dateAdded: taxiiTimestamp(row.dateAddedUs),
    demo: o.x_exchange_demo === true,
  };
}

export interface SearchInput {
  type?: string | undefined;
  tlp?: TlpLevel | undefined;
  cert?: string | undefined;
  collection?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  q?: string | undefined;
  before?: string | undefined;
  limit: number;
}

function encodePosition(p: browse.Position) {
  return Buffer.from(`${p.dateAddedUs}.${p.rowId}`).toString('base64url');
}

function decodePosition(cursor: string): browse.Position {
  const m = /^(\d{1,17})\.([0-9a-f-]{36})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!m) throw CyberErrors.badCursor();
  return { dateAddedUs: Number(m[1]), rowId: m[2]! };
}

const after = (r: browse.Position, p: browse.Position | null) =>
  !p || r.dateAddedUs < p.dateAddedUs || (r.dateAddedUs === p.dateAddedUs && r.rowId < p.rowId);

// SQLite's lower() folds ASCII only, and JSON escapes quotes and backslashes: other words are matched
// by the service alone.
const COARSE = /^[\x20-\x21\x23-\x5b\x5d-\x7e]+$/;
const SCAN_BATCH = 500;

function matchesText(o: StixObject, words: string[]) {
  const text = [o.name, o.description]
    .filter((v): v is string => typeof v === 'string')
    .join('\n')
    .toLowerCase();
  return words.every((w) => text.includes(w));
}

/**
 * The object browser: the latest version the reader may receive of each object, newest first, and how
 * many match. Free text matches the name and description as this reader receives them, so words under
 * a granular marking they may not read never find the object.
 */
export async function searchObjects(
  kernel: Kernel,
  actor: Actor | null,
  input: SearchInput,
): Promise<CyberObjectsDto> {
  const view = await viewOf(kernel, actor);
  let scopes = view.scopes;
  if (input.collection !== undefined) {
    scopes = scopes.filter((s) => s.collectionId === input.collection);
    if (scopes.length === 0) throw CyberErrors.collectionNotFound({ id: input.collection });
  }
  const words = (input.q ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const dayUs = (d: string) => Date.parse(`${d}T00:00:00Z`) * 1000;
  const filter: browse.SearchFilter = {
    scopes,
    types: input.type ? [input.type] : null,
    tlp: input.tlp ? TLP_RANK[input.tlp] : null,
    publisherState: input.cert ?? null,
    fromUs: input.from ? dayUs(input.from) : null,
    toUs: input.to ? dayUs(input.to) + DAY_US : null,
    likes: words.filter((w) => COARSE.test(w)).map(browse.likePattern),
    ids: null,
  };
  const before = input.before ? decodePosition(input.before) : null;
  const byId = new Map(view.collections.map((c) => [c.id, c]));
  const summary = (r: browse.BrowseRow, o: StixObject) => summaryOf(r, o, byId.get(r.collectionId)!);

  if (words.length === 0) {
    const rows = await browse.searchObjects(kernel.db, filter, before, input.limit + 1);
    const page = rows.slice(0, input.limit);
    return {
      items: page.map((r) => summary(r, present(r, view.clearances.get(r.collectionId)!))),
      total: await browse.countObjects(kernel.db, filter),
      next: rows.length > input.limit ? encodePosition(page[page.length - 1]!) : null,
    };
  }
  // Free text: every candidate is judged on what this reader receives, so the count is too.
  const items: CyberObjectSummaryDto[] = [];
  let total = 0;
  let more = false;
  let last: browse.Position | null = null;
  let pos: browse.Position | null = null;
  for (;;) {
    const batch = await browse.searchObjects(kernel.db, filter, pos, SCAN_BATCH);
    for (const r of batch) {
      const o = present(r, view.clearances.get(r.collectionId)!);
      if (!matchesText(o, words)) continue;
      total += 1;
      if (!after(r, before)) continue;
      if (items.length < input.limit) {
        items.push(summary(r, o));
        last = r;
      } else more = true;
    }
    if (batch.length < SCAN_BATCH) break;
    pos = batch[batch.length - 1]!;
  }
  return { items, total, next: more && last ? encodePosition(last) : null };
}

/** Top-level `*_ref` and `*_refs` of an object as the reader receives it; markings are not edges. */
function referencesOf(o: StixObject): { property: string; id: string }[] {
  const out: { property: string; id: string }[] = [];
  for (const [k, v] of Object.entries(o)) {
    if (k === 'object_marking_refs') continue;
    if (k.endsWith('_ref') && typeof v === 'string') out.push({ property: k, id: v });
    if (k.endsWith('_refs') && Array.isArray(v))
      for (const x of v) if (typeof x === 'string') out.push({ property: k, id: x });
  }
  return out;
}

/** Every version the reader may receive of one object, whenever it was added. */
const EVERY_VERSION = {
  afterUs: null,
  types: null,
  specVersions: null,
  versions: { all: true },
  limit: 100_000,
} as const;

/** Neighbours are looked for among this many referencing objects at most, newest first. */
const MAX_REFERRERS = 1000;

/**
 * One object as the reader receives it: the version asked for (default the latest they may receive),
 * its versions, and its neighbours as a graph. A neighbour the reader may not receive is absent, and so
 * is every edge to it; an edge stated by an object or a property they may not receive is absent too.
 */
export async function getObject(
  kernel: Kernel,
  actor: Actor | null,
  collectionId: string,
  objectId: string,
  version: string | undefined,
): Promise<CyberObjectDto> {
  const view = await viewOf(kernel, actor);
  const collection = view.collections.find((c) => c.id === collectionId);
  if (!collection) throw CyberErrors.collectionNotFound({ id: collectionId });
  const cl = view.clearances.get(collectionId)!;
  const rows = await repo.queryObjects(kernel.db, {
    ...EVERY_VERSION,
    collectionId,
    clearance: cl,
    ids: [objectId],
  });
  const versions = rows
    .map((r) => ({ row: r, us: toMicros(r.version) ?? r.dateAddedUs }))
    .sort((a, b) => b.us - a.us);
  const wanted = version === undefined ? versions[0] : versions.find((v) => v.row.version === version);
  if (!wanted) throw CyberErrors.objectNotFound({ id: objectId });
  const row: browse.BrowseRow = {
    ...wanted.row,
    collectionId,
    type: objectId.split('--')[0]!,
    versionUs: wanted.us,
  };
  const stix = present(row, cl);
  const center = summaryOf(row, stix, collection);

  const nodes = new Map<string, CyberGraphNodeDto>();
  const edges: CyberGraphEdgeDto[] = [];
  const nodeOf = (r: browse.BrowseRow, o: StixObject, isCenter = false): CyberGraphNodeDto => ({
    id: r.stixId,
    type: r.type,
    label: labelOf(o),
    tlp: levelOf(r.tlp),
    collectionId: r.collectionId,
    center: isCenter,
  });
  nodes.set(objectId, nodeOf(row, stix, true));
  const wantedEnds = new Set<string>();
  const pending: CyberGraphEdgeDto[] = [];
  for (const ref of referencesOf(stix)) {
    if (ref.id === objectId) continue;
    wantedEnds.add(ref.id);
    pending.push({ source: objectId, target: ref.id, label: ref.property, kind: 'reference', via: null });
  }
  const referrers = await browse.searchObjects(
    kernel.db,
    { ...browse.everything(view.scopes), likes: [browse.likePattern(`"${objectId.toLowerCase()}"`)] },
    null,
    MAX_REFERRERS,
  );
  for (const r of referrers) {
    if (r.stixId === objectId) continue;
    const o = present(r, view.clearances.get(r.collectionId)!);
    if (r.type === 'relationship') {
      const source = o.source_ref;
      const target = o.target_ref;
      if (typeof source !== 'string' || typeof target !== 'string') continue;
      if (source !== objectId && target !== objectId) continue;
      const other = source === objectId ? target : source;
      if (other !== objectId) wantedEnds.add(other);
      const label = typeof o.relationship_type === 'string' ? o.relationship_type : 'related-to';
      pending.push({ source, target, label, kind: 'relationship', via: r.stixId });
      continue;
    }
    const refs = referencesOf(o).filter((x) => x.id === objectId);
    if (refs.length === 0) continue;
    if (!nodes.has(r.stixId)) nodes.set(r.stixId, nodeOf(r, o));
    for (const x of refs) {
      const sighting = r.type === 'sighting' && x.property === 'sighting_of_ref';
      edges.push({
        source: r.stixId,
        target: objectId,
        label: sighting ? 'sighting-of' : x.property,
        kind: sighting ? 'sighting' : 'reference',
        via: sighting ? r.stixId : null,
      });
    }
  }
  const ends = [...wantedEnds].filter((id) => !nodes.has(id));
  if (ends.length > 0) {
    const found = await browse.searchObjects(
      kernel.db,
      { ...browse.everything(view.scopes), ids: ends },
      null,
      ends.length * view.scopes.length,
    );
    // Newest first: an object held in several collections is shown from the newest copy, unless the
    // centre's own collection holds it.
    const pick = new Map<string, browse.BrowseRow>();
    for (const r of found) {
      const had = pick.get(r.stixId);
      if (!had || (r.collectionId === collectionId && had.collectionId !== collectionId))
        pick.set(r.stixId, r);
    }
    for (const r of pick.values())
      nodes.set(r.stixId, nodeOf(r, present(r, view.clearances.get(r.collectionId)!)));
  }
  for (const e of pending) if (nodes.has(e.source) && nodes.has(e.target)) edges.push(e);

  return {
    summary: center,
    collectionTitle: collection.title,
    stix,
    versions: versions.map((v) => ({
      version: v.row.version,
      dateAdded: taxiiTimestamp(v.row.dateAddedUs),
      tlp: levelOf(v.row.tlp),
      current: v === wanted,
    })),
    graph: { nodes: [...nodes.values()], edges },
  };
}
