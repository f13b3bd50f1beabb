import { sql } from 'kysely';
import type { DatabaseKind } from '../../config';
import type { DbOrTrx } from '../../core/db/database';
import type { Instrument } from './documents.repository';
import { analyse, ftsContent, ftsQuery, queryTerms } from './search.analysis';

/** (Re)writes the search row of an instrument in the engine's own full-text index. */
export async function indexInstrument(
  d: DbOrTrx,
  kind: DatabaseKind,
  x: Pick<Instrument, 'id' | 'title' | 'summary' | 'topics'>,
) {
  const en = [x.title.en, x.summary?.en ?? '', x.topics.join(' ')].join('\n');
  const ru = [x.title.ru, x.summary?.ru ?? ''].join('\n');
  const zh = [x.title.zh, x.summary?.zh ?? ''].join('\n');
  if (kind === 'postgres') {
    await sql`insert into documents_search (instrument_id, tsv, zh)
      values (${x.id}, to_tsvector('english', ${en}) || to_tsvector('russian', ${ru}), ${zh})
      on conflict (instrument_id) do update set tsv = excluded.tsv, zh = excluded.zh`.execute(d);
  } else {
    await sql`delete from documents_search where instrument_id = ${x.id}`.execute(d);
    await sql`insert into documents_search (instrument_id, content) values (${x.id}, ${ftsContent([en, ru, zh])})`.execute(
      d,
    );
  }
}

/** Ids of instruments matching the query, best first, at most `limit`. */
export async function searchIds(d: DbOrTrx, kind: DatabaseKind, q: string, limit: number): Promise<string[]> {
  if (kind === 'postgres') {
    const { han } = analyse(q);
    const terms = queryTerms(q);
    const latin = terms.filter((t) => !/\p{Script=Cyrillic}/u.test(t.word)).map((t) => t.word);
    const conditions = [];
    if (latin.length)
      conditions.push(
        sql`tsv @@ (plainto_tsquery('english', ${latin.join(' ')}) || plainto_tsquery('russian', ${latin.join(' ')}))`,
      );
    // A Russian root is matched as a prefix of the stems PostgreSQL's own Snowball stored ('simple' keeps
    // it as given); a stop word, which the index dropped, is skipped as plainto_tsquery would skip it.
    for (const t of terms.filter((x) => /\p{Script=Cyrillic}/u.test(x.word))) {
      const match = t.prefix
        ? sql`to_tsquery('simple', ${t.text + ':*'})`
        : sql`plainto_tsquery('russian', ${t.word})`;
      conditions.push(sql`(numnode(plainto_tsquery('russian', ${t.word})) = 0 or tsv @@ ${match})`);
    }
    for (const run of han)
      conditions.push(sql`zh ilike ${'%' + run.replace(/[\\%_]/g, (c) => '\\' + c) + '%'}`);
    if (!conditions.length) return [];
    const roots = terms.filter((x) => x.prefix).map((x) => x.text + ':*');
    const query = [
      ...(latin.length
        ? [
            sql`plainto_tsquery('english', ${latin.join(' ')}) || plainto_tsquery('russian', ${latin.join(' ')})`,
          ]
        : []),
      ...(roots.length ? [sql`to_tsquery('simple', ${roots.join(' | ')})`] : []),
    ];
    const order = query.length
      ? sql`ts_rank(tsv, ${sql.join(query, sql` || `)}) desc, instrument_id desc`
      : sql`instrument_id desc`;
    const rows = await sql<{ instrument_id: string }>`select instrument_id from documents_search
      where ${sql.join(conditions, sql` and `)}
      order by ${order}
      limit ${limit}`.execute(d);
    return rows.rows.map((r) => r.instrument_id);
  }
  const match = ftsQuery(q);
  if (!match) return [];
  const rows = await sql<{ instrument_id: string }>`select instrument_id from documents_search
    where documents_search match ${match} order by rank limit ${limit}`.execute(d);
  return rows.rows.map((r) => r.instrument_id);
}
