import { v5 } from 'uuid';
import type { ContentLanguage } from '../../../contracts/common';
import { newId } from '../../core/ids';
import type { Trx } from '../../core/db/database';
import { TLP_MARKINGS, type StixObject } from './markings';
import * as repo from './cyber.repository';
import type { Adoption, Practice } from './practices.repository';
import { invalidReason } from './stix/validate';
import { toMicros } from './stix/time';

/**
 * How a practice lives in the best-practices collection (ADR 0023): a `course-of-action` (title and
 * summary), a `report` on it (the write-up), a `note` per adopting state (status and outcome), each in
 * its original language with a `language-content` object carrying the other languages.
 */
const LANGUAGES: readonly ContentLanguage[] = ['en', 'ru', 'zh'];

// A namespace of the exchange's own, so that the language-content and note of a record keep one id
// across versions without a column for each.
const NAMESPACE = '4f0cf5c2-0a57-4f38-9e0b-6a7d2b1f2c63';

export const MARKING_ID = {
  clear: 'marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487',
  green: 'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb',
} as const;

export function derivedId(type: string, of: string): string {
  return `${type}--${v5(`${of}#${type}`, NAMESPACE)}`;
}

export function noteIdFor(coaId: string, state: string): string {
  return derivedId('note', `${coaId}#${state}`);
}

/** The language a record was written in: its first original language, else its first one. */
export function primaryLanguage<T extends { translation: string }>(
  content: Partial<Record<ContentLanguage, T>>,
): ContentLanguage {
  const present = LANGUAGES.filter((l) => content[l]);
  return present.find((l) => content[l]!.translation === 'original') ?? present[0]!;
}

function languageContent(
  target: StixObject,
  primary: ContentLanguage,
  texts: Partial<Record<ContentLanguage, Record<string, string>>>,
  translations: Partial<Record<ContentLanguage, string>>,
): StixObject | null {
  const others = LANGUAGES.filter((l) => l !== primary && texts[l]);
  if (others.length === 0) return null;
  return {
    type: 'language-content',
    spec_version: '2.1',
    id: derivedId('language-content', target.id),
    created: target.created,
    modified: target.modified,
    object_ref: target.id,
    object_modified: target.modified,
    contents: Object.fromEntries(others.map((l) => [l, texts[l]!])),
    x_exchange_translations: Object.fromEntries(others.map((l) => [l, translations[l]!])),
    object_marking_refs: target.object_marking_refs,
  };
}

const markingOf = (tlp: number) => [tlp === 0 ? MARKING_ID.clear : MARKING_ID.green];

/** The practice's objects as of `modified`: a new version of each. */
export function practiceObjects(p: Practice, modified: string): StixObject[] {
  const primary = primaryLanguage(p.content);
  const main = p.content[primary]!;
  const common = {
    spec_version: '2.1',
    created: p.proposedAt,
    modified,
    lang: primary,
    ...(p.tags.length > 0 ? { labels: p.tags } : {}),
    object_marking_refs: markingOf(p.tlp),
    x_exchange_translation: main.translation,
  };
  const coa: StixObject = {
    type: 'course-of-action',
    id: p.coaId,
    ...common,
    name: main.title,
    description: main.summary,
  };
  const report: StixObject = {
    type: 'report',
    id: p.reportId,
    ...common,
    name: main.title,
    description: main.body,
    published: p.proposedAt,
    object_refs: [p.coaId],
  };
  const translations = Object.fromEntries(LANGUAGES.map((l) => [l, p.content[l]?.translation]));
  const text = (pick: (l: ContentLanguage) => Record<string, string>) =>
    Object.fromEntries(LANGUAGES.filter((l) => p.content[l]).map((l) => [l, pick(l)]));
  return [
    coa,
    report,
    languageContent(
      coa,
      primary,
      text((l) => ({ name: p.content[l]!.title, description: p.content[l]!.summary })),
      translations,
    ),
    languageContent(
      report,
      primary,
      text((l) => ({ name: p.content[l]!.title, description: p.content[l]!.body })),
      translations,
    ),
  ].filter((o): o is StixObject => o !== null);
}

const STATUS_ABSTRACT = {
  planned: 'Adoption planned',
  in_progress: 'Adoption in progress',
  adopted: 'Adopted',
};

/** A state's adoption as a note on the practice's course-of-action, under the practice's marking. */
export function adoptionObjects(p: Practice, a: Adoption, created: string, modified: string): StixObject[] {
  const languages = LANGUAGES.filter((l) => a.outcome[l]);
  const primary = languages.length > 0 ? primaryLanguage(a.outcome) : 'en';
  const outcome = a.outcome[primary];
  const note: StixObject = {
    type: 'note',
    spec_version: '2.1',
    id: a.noteId,
    created,
    modified,
    lang: primary,
    abstract: `${STATUS_ABSTRACT[a.status]} (${a.state}, ${a.date})`,
    content: outcome?.text ?? STATUS_ABSTRACT[a.status],
    authors: [a.state],
    object_refs: [p.coaId],
    object_marking_refs: markingOf(p.tlp),
    x_exchange_adoption: { state: a.state, status: a.status, date: a.date },
    ...(outcome ? { x_exchange_translation: outcome.translation } : {}),
  };
  const lc = languageContent(
    note,
    primary,
    Object.fromEntries(languages.map((l) => [l, { content: a.outcome[l]!.text }])),
    Object.fromEntries(languages.map((l) => [l, a.outcome[l]!.translation])),
  );
  return lc ? [note, lc] : [note];
}

/** A STIX timestamp strictly after `previous` (a version must move forward even within one millisecond). */
export function nextVersion(now: Date, previous: string | null): string {
  const floor = previous ? Date.parse(previous) + 1 : 0;
  return new Date(Math.max(now.getTime(), floor)).toISOString();
}

/**
 * Stores new versions in the best-practices collection, in the caller's transaction, with date_added
 * allocated under the collection's lock as the TAXII POST does (ADR 0021). The objects are ours, so an
 * invalid one is a bug, not the user's input.
 */
export async function publishToLibrary(
  trx: Trx,
  o: { postgres: boolean; now: Date; publisherState: string; userId: string },
  objects: StixObject[],
) {
  const c = await repo.findCollectionByAlias(trx, 'best-practices');
  if (!c) throw new Error('the best-practices collection is missing');
  let last = await repo.lockLastAdded(trx, c.id, o.postgres);
  const nowUs = o.now.getTime() * 1000;
  const rows: repo.NewObjectRow[] = objects.map((obj) => {
    const reason = invalidReason(obj, { markingExists: (id) => id in TLP_MARKINGS });
    if (reason) throw new Error(`practice object ${obj.id} is not valid STIX: ${reason}`);
    last = Math.max(nowUs, last + 1);
    const version = obj.modified as string;
    return {
      row_id: newId(),
      collection_id: c.id,
      stix_id: obj.id,
      type: obj.type,
      spec_version: '2.1',
      version,
      version_us: toMicros(version)!,
      date_added_us: last,
      publisher_state: o.publisherState,
      tlp: (obj.object_marking_refs as string[])[0] === MARKING_ID.clear ? 0 : 1,
      recipients: `,${o.publisherState},`,
      object: JSON.stringify(obj),
      added_by: o.userId,
    };
  });
  await repo.insertObjects(trx, rows);
  await repo.setLastAdded(trx, c.id, last);
  return c.id;
}
