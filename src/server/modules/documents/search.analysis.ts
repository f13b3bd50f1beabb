import { stemmer as stemEn } from '@orama/stemmers/english';
import { stemmer as stemRu } from '@orama/stemmers/russian';

/**
 * Text analysis for search, shared by indexing and querying so both see the same tokens. Latin and
 * Cyrillic words are lower-cased and stemmed (Snowball), so "стратегии" finds "стратегия"; Chinese has
 * no spaces, so each Han character is a token and a term is searched as a phrase of characters, which
 * finds "能源" inside "能源合作发展战略".
 *
 * Snowball removes inflections only, so "энергетика" (stem "энергетик") and "энергетического" (stem
 * "энергетическ") keep different stems. A Russian query word is therefore cut further, to the root its
 * derived words share, and matched as a prefix of the indexed stems: "энергетика", "энергетического" and
 * "энергет" all look for stems starting with "энергет". The index keeps plain stems, so nothing is lost.
 */
const WORD = /[\p{Script=Latin}\p{Script=Cyrillic}\d]+/gu;
const HAN_RUN = /[\p{Script=Han}]+/gu;

export function stem(word: string): string {
  const w = word.toLowerCase();
  return /\p{Script=Cyrillic}/u.test(w) ? stemRu(w) : /\p{Script=Latin}/u.test(w) ? stemEn(w) : w;
}

/** Derivational endings left on Russian stems, longest first: -ическ-, -ион(н)-, -ик-, -ск-, -н-. */
const RU_DERIVATIONAL = ['ическ', 'ионн', 'ион', 'ик', 'ск', 'н'];
/** Shorter prefixes match too many unrelated words ("мир" would find "мировой" and "миротворческий"). */
const MIN_PREFIX = 4;

/** The query term of a word: a stem to match whole, or a root to match as a prefix of indexed stems. */
export function queryTerm(word: string): { text: string; prefix: boolean } {
  const s = stem(word);
  if (!/\p{Script=Cyrillic}/u.test(s) || s.length < MIN_PREFIX) return { text: s, prefix: false };
  const end = RU_DERIVATIONAL.find((e) => s.endsWith(e) && s.length - e.length >= MIN_PREFIX);
  return { text: end ? s.slice(0, -end.length) : s, prefix: true };
}

/** The query terms of every Latin, Cyrillic or digit word of a query. */
export function queryTerms(q: string): { word: string; text: string; prefix: boolean }[] {
  return (q.match(WORD) ?? []).map((word) => ({ word, ...queryTerm(word) }));
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

/**
 * An FTS5 query: every term and every Han phrase must occur. Tokens are quoted (words hold only letters
 * and digits anyway), so no FTS syntax leaks in; a trailing `*` makes a Russian root a prefix query.
 */
export function ftsQuery(q: string): string | null {
  const a = analyse(q);
  const terms = [
    ...queryTerms(q).map((t) => `"${t.text.replace(/"/g, '')}"${t.prefix ? '*' : ''}`),
    ...a.han.map((run) => `"${[...run].join(' ')}"`),
  ];
  return terms.length ? terms.join(' AND ') : null;
}
