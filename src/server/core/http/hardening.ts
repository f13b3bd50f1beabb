import type { Socket } from 'node:net';
import type {
  FastifyError,
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  FastifyServerOptions,
} from 'fastify';
import { errorTitle, HttpErrors, type AppError } from '../errors';
import { newId } from '../ids';
import { renderProblemJson, sendProblem, type ErrorRenderer } from './problem';

/** Where a module with its own error format is mounted (TAXII's /taxii2/), so that framework errors match it. */
export type RendererMounts = { prefix: string; render: ErrorRenderer }[];

function rendererFor(mounts: RendererMounts, url: string): ErrorRenderer {
  return mounts.find((m) => url === m.prefix || url.startsWith(`${m.prefix}/`))?.render ?? renderProblemJson;
}

/**
 * Errors Fastify raises before any route runs (a bad percent-encoding, a path segment over the router's
 * limit) answer as problems too, in the format of the module the address belongs to. `mounts` is read at
 * each error, so it may be filled after the instance is created.
 */
export function frameworkErrors(mounts: RendererMounts): FastifyServerOptions['frameworkErrors'] {
  return (err: FastifyError, req: FastifyRequest, reply: FastifyReply) => {
    const error: AppError =
      err.code === 'FST_ERR_MAX_PARAM_LENGTH'
        ? HttpErrors.uriTooLong({ maxLength: MAX_PARAM_LENGTH })
        : HttpErrors.badRequest({
            reason: err.code === 'FST_ERR_BAD_URL' ? 'bad_url' : (err.code ?? 'bad_request'),
          });
    // Fastify sends these outside the hook chain, so the security headers are set here too.
    setSecurityHeaders(req, reply);
    void sendProblem(req, reply, error, {}, rendererFor(mounts, req.url));
  };
}

export const MAX_PARAM_LENGTH = 100;

/**
 * What Node's HTTP parser refuses (a header with a control byte, headers past the size limit) never
 * reaches Fastify; the socket gets a problem written by hand, since no request exists yet.
 */
export function clientErrorHandler(err: NodeJS.ErrnoException, socket: Socket) {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const error =
    err.code === 'HPE_HEADER_OVERFLOW'
      ? HttpErrors.headersTooLarge()
      : HttpErrors.badRequest({
          reason: err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 'timeout' : 'unreadable_request',
        });
  const body = JSON.stringify({
    type: `/problems/${error.code}`,
    title: errorTitle(error.code),
    status: error.status,
    code: error.code,
    params: error.params,
    requestId: newId(),
  });
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${error.status} ${STATUS_TEXT[error.status] ?? 'Bad Request'}\r\n` +
        `Content-Type: application/problem+json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        `Content-Security-Policy: ${CSP}\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(err);
}

const STATUS_TEXT: Record<number, string> = { 400: 'Bad Request', 431: 'Request Header Fields Too Large' };

function hasNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\0');
  if (depth > 64 || value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some((v) => hasNul(v, depth + 1));
  return Object.entries(value).some(([k, v]) => k.includes('\0') || hasNul(v, depth + 1));
}

/**
 * No text the platform stores may hold a NUL: PostgreSQL refuses it in text (a 500 from the driver) and
 * SQLite would keep it, so both engines answer the same 400 before any route runs.
 */
export function installNulGuard(app: FastifyInstance) {
  app.addHook('onRequest', async (req) => {
    if (/%00/i.test(req.url) || req.url.includes('\0')) throw HttpErrors.nulByte({ in: 'url' });
  });
  app.addHook('preValidation', async (req) => {
    if (hasNul(req.body)) throw HttpErrors.nulByte({ in: 'body' });
  });
}

/**
 * The web app is one origin's own scripts and styles: no inline script, no framing, no plug-ins. The API
 * viewer (Swagger UI) sets inline styles, so its pages alone may use them.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');
const DOCS_CSP = CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

/**
 * Security headers on every answer, errors included. Answers to a signed-in caller and the identity
 * routes are personal: no cache (browser, proxy) keeps them.
 */
export function installSecurityHeaders(app: FastifyInstance) {
  app.addHook('onSend', async (req, reply, payload) => {
    setSecurityHeaders(req, reply);
    return payload;
  });
}

function setSecurityHeaders(req: FastifyRequest, reply: FastifyReply) {
  void reply
    .header('content-security-policy', req.url.startsWith('/api/docs') ? DOCS_CSP : CSP)
    .header('x-content-type-options', 'nosniff')
    .header('x-frame-options', 'DENY')
    .header('referrer-policy', 'no-referrer')
    .header('cross-origin-opener-policy', 'same-origin');
  if (req.protocol === 'https')
    void reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
  if (req.actor || req.url.startsWith('/api/v1/auth/')) void reply.header('cache-control', 'no-store');
}
