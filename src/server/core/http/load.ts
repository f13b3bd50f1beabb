import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { HttpErrors } from '../errors';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Seconds an anonymous answer of this GET route is kept and revalidated with ETag / Last-Modified. */
    publicCacheSeconds?: number;
  }
}

/** Health answers even when everything else is refused: a liveness probe must not be shed or limited. */
const HEALTH = '/api/v1/health';
const isHealth = (req: FastifyRequest) => req.url === HEALTH || req.url.startsWith(`${HEALTH}?`);

/**
 * How long the event loop's current turn has run past a 10 ms tick. A turn that reads many sockets at
 * once runs every request's synchronous work (SQLite included) before the next timer fires, so a sample
 * taken every few hundred ms comes too late: this measure grows while the turn runs, and the requests
 * read late in a long turn are the ones shed.
 */
export function watchEventLoop(tickMs = 10): { delayMs: () => number; reset: () => void; stop: () => void } {
  let lastTick = performance.now();
  const timer = setInterval(() => {
    lastTick = performance.now();
  }, tickMs);
  timer.unref();
  return {
    delayMs: () => Math.max(0, performance.now() - lastTick - tickMs),
    reset: () => {
      lastTick = performance.now();
    },
    stop: () => clearInterval(timer),
  };
}

/**
 * Sheds load (ADR 0030): while the event loop's turn is later than `maxDelayMs`, or `maxInFlight`
 * requests are already being served (waiting for a database connection, say), a new request gets a 503
 * problem with Retry-After at once instead of joining a queue that only grows; health still answers.
 */
export function installLoadShedding(
  app: FastifyInstance,
  limits: { maxDelayMs: number; maxInFlight: number; maxDbWaiting?: number; dbWaiting?: () => number },
  delayMs: () => number,
) {
  const maxDbWaiting = limits.maxDbWaiting ?? 0;
  if (limits.maxDelayMs <= 0 && limits.maxInFlight <= 0 && maxDbWaiting <= 0) return;
  let inFlight = 0;
  app.addHook('onRequest', async (req, reply) => {
    if (isHealth(req)) return;
    const late = limits.maxDelayMs > 0 ? delayMs() : 0;
    const busy =
      (limits.maxInFlight > 0 && inFlight >= limits.maxInFlight) ||
      (maxDbWaiting > 0 && (limits.dbWaiting?.() ?? 0) > maxDbWaiting);
    if (late > limits.maxDelayMs || busy) {
      const retryAfterSeconds = Math.max(1, Math.ceil(late / 1000));
      throw HttpErrors.overloaded({ retryAfterSeconds }, { 'retry-after': String(retryAfterSeconds) });
    }
    inFlight++;
    reply.raw.once('close', () => inFlight--);
  });
}

/**
 * Anonymous callers get `perMinute` requests per address (a token bucket refilled continuously);
 * signed-in callers are accountable and not limited here. Kept per process: it protects the process's
 * capacity, it is not a security boundary (the login limits are, and live in the database).
 */
export function installAnonymousRateLimit(app: FastifyInstance, perMinute: number) {
  if (perMinute <= 0) return;
  const perMs = perMinute / 60_000;
  const buckets = new Map<string, { tokens: number; at: number }>();
  app.addHook('onRequest', async (req) => {
    // The web app's files are static and cheap; what costs is the API.
    if (req.actor || isHealth(req) || !req.url.startsWith('/api/')) return;
    const now = Date.now();
    const bucket = buckets.get(req.ip) ?? { tokens: perMinute, at: now };
    bucket.tokens = Math.min(perMinute, bucket.tokens + (now - bucket.at) * perMs);
    bucket.at = now;
    if (bucket.tokens < 1) {
      const retryAfterSeconds = Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000));
      throw HttpErrors.rateLimited({ retryAfterSeconds }, { 'retry-after': String(retryAfterSeconds) });
    }
    bucket.tokens -= 1;
    buckets.delete(req.ip);
    buckets.set(req.ip, bucket);
    // The oldest addresses go first; an address that comes back starts with a full bucket.
    if (buckets.size > 50_000) buckets.delete(buckets.keys().next().value!);
  });
}

interface Cached {
  body: string | Buffer;
  type: string;
  etag: string;
  lastModified: string;
  expires: number;
}

function notModified(req: FastifyRequest, entry: Cached): boolean {
  const match = req.headers['if-none-match'];
  if (match !== undefined) return match.split(',').some((t) => t.trim() === entry.etag || t.trim() === '*');
  const since = Date.parse(req.headers['if-modified-since'] ?? '');
  return Number.isFinite(since) && since >= Date.parse(entry.lastModified);
}

function sendCached(req: FastifyRequest, reply: FastifyReply, entry: Cached, seconds: number) {
  void reply
    .header('etag', entry.etag)
    .header('last-modified', entry.lastModified)
    .header('cache-control', `public, max-age=${seconds}`);
  if (notModified(req, entry)) return reply.code(304).send();
  return reply.type(entry.type).send(entry.body);
}

/**
 * Expensive public answers (a route's `config.publicCacheSeconds`) are rendered once per URL and period
 * for every anonymous caller, and revalidated with ETag / Last-Modified (304). Signed-in callers
 * may see more, so they always get a fresh answer.
 */
export function installPublicCache(app: FastifyInstance, maxEntries = 500) {
  const entries = new Map<string, Cached>();
  const secondsOf = (req: FastifyRequest) =>
    req.method === 'GET' && !req.actor ? (req.routeOptions.config.publicCacheSeconds ?? 0) : 0;
  app.addHook('preHandler', async (req, reply) => {
    const seconds = secondsOf(req);
    const entry = seconds ? entries.get(req.url) : undefined;
    if (entry && entry.expires > Date.now()) return sendCached(req, reply, entry, seconds);
  });
  app.addHook('onSend', async (req, reply, payload) => {
    const seconds = secondsOf(req);
    if (!seconds || reply.statusCode !== 200 || reply.hasHeader('etag')) return payload;
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
    const entry: Cached = {
      body: payload,
      type: String(reply.getHeader('content-type') ?? 'application/octet-stream'),
      etag: `"${createHash('sha256').update(payload).digest('base64url').slice(0, 27)}"`,
      lastModified: new Date().toUTCString(),
      expires: Date.now() + seconds * 1000,
    };
    entries.set(req.url, entry);
    if (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
    void reply
      .header('etag', entry.etag)
      .header('last-modified', entry.lastModified)
      .header('cache-control', `public, max-age=${seconds}`);
    if (!notModified(req, entry)) return payload;
    void reply.code(304);
    return '';
  });
}
