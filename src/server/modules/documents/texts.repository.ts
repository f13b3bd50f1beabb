import { compiledQuery } from '../../core/db/compiled';
import { tables, type DbOrTrx } from '../../core/db/database';
import type { DocumentsTables } from './documents.repository';

const db = (d: DbOrTrx) => tables<DocumentsTables>(d);

export async function insertText(d: DbOrTrx, row: DocumentsTables['documents_text']) {
  await db(d).insertInto('documents_text').values(row).execute();
}

// Part of an instrument's page: compiled once (core/db/compiled.ts).
const textsOf = compiledQuery((d, instrumentId: string) =>
  db(d)
    .selectFrom('documents_text')
    .select(['id', 'language', 'authentic'])
    .where('instrument_id', '=', instrumentId)
    .orderBy('language')
    .orderBy('id'),
);

export async function listTexts(d: DbOrTrx, instrumentId: string) {
  return textsOf(d, instrumentId);
}

export async function findText(d: DbOrTrx, instrumentId: string, textId: string) {
  return db(d)
    .selectFrom('documents_text')
    .select('id')
    .where('instrument_id', '=', instrumentId)
    .where('id', '=', textId)
    .executeTakeFirst();
}
