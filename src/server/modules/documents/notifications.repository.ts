import { compiledQuery } from '../../core/db/compiled';
import { tables, type DbOrTrx } from '../../core/db/database';
import type { DocumentsTables } from './documents.repository';

const db = (d: DbOrTrx) => tables<DocumentsTables>(d);

export async function insertNotification(d: DbOrTrx, row: DocumentsTables['documents_notification']) {
  await db(d).insertInto('documents_notification').values(row).execute();
}

// Part of an instrument's page: compiled once (core/db/compiled.ts).
const notificationsOf = compiledQuery((d, instrumentId: string) =>
  db(d)
    .selectFrom('documents_notification')
    .selectAll()
    .where('instrument_id', '=', instrumentId)
    .orderBy('year')
    .orderBy('seq'),
);

export async function listNotifications(d: DbOrTrx, instrumentId: string) {
  return notificationsOf(d, instrumentId);
}

export async function findNotification(d: DbOrTrx, instrumentId: string, id: string) {
  return db(d)
    .selectFrom('documents_notification')
    .selectAll()
    .where('instrument_id', '=', instrumentId)
    .where('id', '=', id)
    .executeTakeFirst();
}
