import { Readable } from 'node:stream';
import multipart from '@fastify/multipart';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { DbOrTrx } from '../db/database';
import { AppError, HttpErrors } from '../errors';
import type { App } from '../module';
import { FileErrors } from './files.errors';
import type { StoredFile } from './files.repository';
import { readFileContent, type FileInput, type FileUse } from './files.service';
import { contentDisposition } from './names';

/** Registers `routes` in a scope that parses multipart bodies: the parser exists for upload routes only. */
export async function withUploads(app: App, routes: (scoped: App) => void): Promise<void> {
  await app.register(async (scoped) => {
    await scoped.register(multipart);
    routes(scoped.withTypeProvider<ZodTypeProvider>());
  });
}

export interface Upload {
  file: FileInput;
  /** The form's other fields, by name. */
  fields: Record<string, string>;
}

/**
 * Turns a multipart request into the plain file value services take, reading at most the use's size.
 * @throws uploads.bad_upload, uploads.file_too_large
 */
export async function readUpload(req: FastifyRequest, use: FileUse): Promise<Upload> {
  try {
    return await readParts(req, use);
  } catch (err) {
    if (err instanceof AppError) throw err;
    // A cut-off body, a missing or wrong boundary, bytes that are no form at all: the client's fault.
    const code = (err as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw FileErrors.fileTooLarge({ maxBytes: use.maxBytes });
    throw FileErrors.badUpload({ reason: 'malformed multipart body' });
  }
}

async function readParts(req: FastifyRequest, use: FileUse): Promise<Upload> {
  const part = await req.file({
    limits: { fileSize: use.maxBytes, files: 1, fields: 10 },
    throwFileSizeLimit: true,
  });
  if (!part) throw FileErrors.badUpload({ reason: 'no file' });
  const content = await part.toBuffer();
  const fields: Record<string, string> = {};
  for (const [name, f] of Object.entries(part.fields))
    if (f && !Array.isArray(f) && f.type === 'field') fields[name] = String(f.value);
  if (part.filename.includes('\0') || Object.values(fields).some((v) => v.includes('\0')))
    throw HttpErrors.nulByte({ in: 'body' });
  return { file: { name: part.filename, declaredType: part.mimetype, content }, fields };
}

/**
 * Streams a stored file as a download, chunk by chunk: its name kept in any script and safe in the
 * header, the browser told not to guess another type, and its SHA-256 as a digest.
 */
export function sendFile(reply: FastifyReply, db: DbOrTrx, file: StoredFile): FastifyReply {
  const digest = Buffer.from(file.sha256, 'hex').toString('base64');
  void reply
    .type(file.mediaType)
    .header('content-length', file.size)
    .header('content-disposition', contentDisposition(file.filename))
    .header('x-content-type-options', 'nosniff')
    .header('digest', `sha-256=${digest}`)
    .header('repr-digest', `sha-256=:${digest}:`);
  return reply.send(Readable.from(readFileContent(db, file.id)));
}
