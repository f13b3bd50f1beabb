import { tables, toNumber, type DbOrTrx } from '../db/database';

export interface FilesTables {
  core_file: {
    id: string;
    use: string;
    owner_module: string;
    owner_record: string;
    filename: string;
    media_type: string;
    kind: string;
    size: number | string;
    sha256: string;
    uploaded_by: string | null;
    acting_for: string | null;
    uploaded_at: string;
  };
  core_file_chunk: { file_id: string; seq: number; bytes: Buffer | Uint8Array };
}

const db = (d: DbOrTrx) => tables<FilesTables>(d);

export interface StoredFile {
  id: string;
  use: string;
  ownerModule: string;
  ownerRecord: string;
  filename: string;
  mediaType: string;
  kind: string;
  size: number;
  sha256: string;
  uploadedBy: string | null;
  actingFor: string | null;
  uploadedAt: string;
}

export function toStoredFile(r: FilesTables['core_file']): StoredFile {
  return {
    id: r.id,
    use: r.use,
    ownerModule: r.owner_module,
    ownerRecord: r.owner_record,
    filename: r.filename,
    mediaType: r.media_type,
    kind: r.kind,
    size: toNumber(r.size),
    sha256: r.sha256,
    uploadedBy: r.uploaded_by,
    actingFor: r.acting_for,
    uploadedAt: r.uploaded_at,
  };
}

export async function insertFile(
  d: DbOrTrx,
  row: FilesTables['core_file'],
  chunks: readonly Buffer[],
): Promise<void> {
  await db(d).insertInto('core_file').values(row).execute();
  for (let seq = 0; seq < chunks.length; seq++)
    await db(d).insertInto('core_file_chunk').values({ file_id: row.id, seq, bytes: chunks[seq]! }).execute();
}

export async function findFile(d: DbOrTrx, id: string): Promise<StoredFile | undefined> {
  const r = await db(d).selectFrom('core_file').selectAll().where('id', '=', id).executeTakeFirst();
  return r && toStoredFile(r);
}

export async function listFiles(d: DbOrTrx, ids: readonly string[]): Promise<StoredFile[]> {
  if (!ids.length) return [];
  return (await db(d).selectFrom('core_file').selectAll().where('id', 'in', ids).execute()).map(toStoredFile);
}

/** Bytes stored since `since` for any of the given states (or `secretariat`). */
export async function bytesStoredSince(
  d: DbOrTrx,
  actingFor: readonly string[],
  since: string,
): Promise<number> {
  if (!actingFor.length) return 0;
  const r = await db(d)
    .selectFrom('core_file')
    .select((eb) => eb.fn.sum<number | string | null>('size').as('n'))
    .where('acting_for', 'in', actingFor)
    .where('uploaded_at', '>=', since)
    .executeTakeFirst();
  return toNumber(r?.n ?? 0);
}

export async function findChunk(d: DbOrTrx, fileId: string, seq: number): Promise<Buffer | undefined> {
  const r = await db(d)
    .selectFrom('core_file_chunk')
    .select('bytes')
    .where('file_id', '=', fileId)
    .where('seq', '=', seq)
    .executeTakeFirst();
  if (!r) return undefined;
  return Buffer.isBuffer(r.bytes) ? r.bytes : Buffer.from(r.bytes);
}
