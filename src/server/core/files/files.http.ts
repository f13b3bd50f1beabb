import { Readable } from 'node:stream';
import multipart from '@fastify/multipart';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { isSecretariat, type Actor } from '../auth/actor';
import type { DbOrTrx } from '../db/database';
import { AppError, HttpErrors } from '../errors';
import type { App } from '../module';
import { FileErrors } from './files.errors';
import { bytesStoredSince, type StoredFile } from './files.repository';
import { readFileContent, type FileInput, type FileUse } from './files.service';
import { contentDisposition } from './names';
import { holdUpload, type UploadHold } from './upload-holds';

/**
 * Registers `routes` in a scope that parses multipart bodies: the parser exists for upload routes only.
 * Whatever an upload reserved of its state's quota is given back when its answer is sent, or when
 * the client goes away.
 */
export async function withUploads(app: App, routes: (scoped: App) => void): Promise<void> {
  await app.register(async (scoped) => {
    await scoped.register(multipart);
    const release = async (req: FastifyRequest) => {
      const hold = reservations.get(req);
      reservations.delete(req);
      await hold?.release();
    };
    scoped.addHook('onResponse', release);
    scoped.addHook('onRequestAbort', release);
    routes(scoped.withTypeProvider<ZodTypeProvider>());
  });
}

const reservations = new WeakMap<FastifyRequest, UploadHold>();
/** What multipart framing may add to the file's own bytes in Content-Length. */
const FRAMING = 64 * 1024;

/** Whom an upload counts against: each state the caller acts for, the Secretariat, or the user. */
function quotaKeys(actor: Actor | null): string[] {
  if (!actor) return ['anonymous'];
  const states = [...new Set(actor.mandates.flatMap((m) => (m.stateCode ? [m.stateCode] : [])))];
  if (isSecretariat(actor)) states.push('secretariat');
  return states.length ? states : [`user:${actor.userId}`];
}

/**
 * Holds an upload's bytes against its states' quotas before its body is read: a state has at most
 * so many bytes in flight at once over every process on the database (16 parallel 20 MB uploads are not
 * all read into memory) and so many stored per UTC day. @throws uploads.quota_exceeded
 */
async function reserveQuota(req: FastifyRequest, use: FileUse): Promise<void> {
  const kernel = req.server.kernel;
  const { inFlightBytes, dailyBytes } = kernel.config.uploadQuota;
  const declared = Number(req.headers['content-length']);
  const bytes = Math.min(
    Number.isSafeInteger(declared) && declared > 0 ? declared : use.maxBytes,
    use.maxBytes + FRAMING,
  );
  const keys = quotaKeys(req.actor);
  const now = kernel.now();
  const day = now.toISOString().slice(0, 10);
  const stored = await bytesStoredSince(kernel.db, keys, `${day}T00:00:00.000Z`);
  if (stored + Math.min(bytes, use.maxBytes) > dailyBytes) {
    const midnight = Date.parse(`${day}T00:00:00.000Z`) + 86_400_000;
    const retryAfterSeconds = Math.ceil((midnight - now.getTime()) / 1000);
    throw FileErrors.quotaExceeded(
      { scope: 'day', limitBytes: dailyBytes, retryAfterSeconds },
      { 'retry-after': String(retryAfterSeconds) },
    );
  }
  const hold = await holdUpload(kernel.db, kernel.dbKind, keys, bytes, inFlightBytes);
  if (!hold) {
    const retryAfterSeconds = 5;
    throw FileErrors.quotaExceeded(
      { scope: 'in_flight', limitBytes: inFlightBytes, retryAfterSeconds },
      { 'retry-after': String(retryAfterSeconds) },
    );
  }
  reservations.set(req, hold);
}

export interface Upload {
  file: FileInput;
  /** The form's other fields, by name. */
  fields: Record<string, string>;
}

/**
 * Turns a multipart request into the plain file value services take, reading at most the use's size
 * once the upload's state has quota left. @throws uploads.bad_upload, uploads.file_too_large,
 * uploads.quota_exceeded
 */
export async function readUpload(req: FastifyRequest, use: FileUse): Promise<Upload> {
  await reserveQuota(req, use);
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
