import type { TranslatedText } from '../../../contracts/common';
import { untranslated } from '../../../contracts/common';
import type { DbOrTrx } from './database';

/** Reads a translated column; a value written before ADR 0079 is a plain English string. */
export function readTranslated(stored: string | null): TranslatedText | null {
  if (stored === null) return null;
  if (!stored.startsWith('{')) return untranslated(stored);
  return JSON.parse(stored) as TranslatedText;
}

export function writeTranslated(value: TranslatedText | null | undefined): string | null {
  return value ? JSON.stringify(value) : null;
}

/** A request gives a plain string (one language, the others fall back to it) or all three. */
export function translatedInput(value: string | TranslatedText | null | undefined): TranslatedText | null {
  if (value === undefined || value === null) return null;
  return typeof value === 'string' ? untranslated(value) : value;
}

interface TranslatedColumn {
  table: string;
  key: string;
  column: string;
}

/**
 * Brings reference rows loaded by an earlier seed up to the seed's current versions: a row whose English
 * is one the seed knows takes the seed's Russian and Chinese. A row whose English the seed does not know
 * (written by a person, or a later edit) is left as it is, so nobody's text is overwritten.
 */
export async function refreshTranslations(
  d: DbOrTrx,
  { table, key, column }: TranslatedColumn,
  seeded: readonly (TranslatedText | null | undefined)[],
): Promise<void> {
  const byEnglish = new Map<string, string>();
  for (const v of seeded) if (v) byEnglish.set(v.en, JSON.stringify(v));
  const rows = (await d
    .selectFrom(table)
    .select([`${key} as key`, `${column} as value`])
    .where(column, 'is not', null)
    .execute()) as { key: string; value: string }[];
  for (const row of rows) {
    const wanted = byEnglish.get(readTranslated(row.value)!.en);
    if (wanted && wanted !== row.value)
      await d
        .updateTable(table)
        .set({ [column]: wanted })
        .where(key, '=', row.key)
        .execute();
  }
}

/** English → [Russian, Chinese], written by the platform (so marked as working translations). */
export type WorkingTranslations = Readonly<Record<string, readonly [ru: string, zh: string]>>;

/** Looks English reference text up in a module's translations; text it lacks stays English only. */
export function translateWith(translations: WorkingTranslations) {
  return (en: string | null | undefined): TranslatedText | null => {
    if (en === null || en === undefined) return null;
    const t = translations[en];
    return t ? { en, ru: t[0], zh: t[1], working: ['ru', 'zh'] } : untranslated(en);
  };
}

/** A source as the API shows it: the note in English for older clients, and in the three languages. */
export function withTranslatedNote<S extends { note: string | TranslatedText | null }>(
  source: S,
): Omit<S, 'note'> & { note: string | null; noteLocalized: TranslatedText | null } {
  const noteLocalized = translatedInput(source.note);
  return { ...source, note: noteLocalized?.en ?? null, noteLocalized };
}
