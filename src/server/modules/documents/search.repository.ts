import { sql } from 'kysely';
import type { DatabaseKind } from '../../config';
import type { DbOrTrx } from '../../core/db/database';
import type { Instrument } from './documents.repository';
import { analyse, ftsContent, ftsQuery } from './search.analysis';

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
    const { words, han } = analyse(q);
    const text = q.replace(/[\p{Script=Han}]+/gu, ' ').trim();
    const conditions = [];
    if (words.length)
      conditions.push(
        sql`tsv @@ (plainto_tsquery('english', ${text}) || plainto_tsquery('russian', ${text}))`,
      );
    for (const run of han)
      conditions.push(sql`zh ilike ${'%' + run.replace(/[\\%_]/g, (c) => '\\' + c) + '%'}`);
    if (!conditions.length) return [];
    const rows = await sql<{ instrument_id: string }>`select instrument_id from documents_search
      where ${sql.join(conditions, sql` and `)}
      order by ts_rank(tsv, plainto_tsquery('english', ${text}) || plainto_tsquery('russian', ${text})) desc, instrument_id desc
      limit ${limit}`.execute(d);
    return rows.rows.map((r) => r.instrument_id);
  }
  const match = ftsQuery(q);
  if (!match) return [];
  const rows = await sql<{ instrument_id: string }>`select instrument_id from documents_search
    where documents_search match ${match} order by rank limit ${limit}`.execute(d);
  return rows.rows.map((r) => r.instrument_id);
}
