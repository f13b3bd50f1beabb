import { stemmer as stemEn } from '@orama/stemmers/english';
import { stemmer as stemRu } from '@orama/stemmers/russian';

/**
 * Text analysis for search, shared by indexing and querying so both see the same tokens. Latin and
 * Cyrillic words are lower-cased and stemmed (Snowball), so "стратегии" finds "стратегия"; Chinese has
 * no spaces, so each Han character is a token and a term is searched as a phrase of characters, which
 * finds "能源" inside "能源合作发展战略".
 */
const WORD = /[\p{Script=Latin}\p{Script=Cyrillic}\d]+/gu;
const HAN_RUN = /[\p{Script=Han}]+/gu;

export function stem(word: string): string {
  const w = word.toLowerCase();
  return /\p{Script=Cyrillic}/u.test(w) ? stemRu(w) : /\p{Script=Latin}/u.test(w) ? stemEn(w) : w;
}

export function analyse(text: string): { words: string[]; han: string[] } {
  return {
    words: (text.match(WORD) ?? []).map(stem),
    han: text.match(HAN_RUN) ?? [],
  };
}

/** The content of the SQLite FTS5 row: stems, then Han characters separated by spaces. */
export function ftsContent(texts: string[]): string {
  const a = analyse(texts.join('\n'));
  return [...a.words, ...a.han.map((run) => [...run].join(' '))].join(' ');
}

/** An FTS5 query: every stem and every Han phrase must occur. Tokens are quoted, so no FTS syntax leaks in. */
export function ftsQuery(q: string): string | null {
  const a = analyse(q);
  const terms = [
    ...a.words.map((w) => `"${w.replace(/"/g, '')}"`),
    ...a.han.map((run) => `"${[...run].join(' ')}"`),
  ];
  return terms.length ? terms.join(' AND ') : null;
}
