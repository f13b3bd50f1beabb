import type { FastifyReply, FastifyRequest } from 'fastify';
import { AuthErrors } from '../../core/auth/actor';
import { resolveBasic, resolveToken } from '../../core/auth/auth.service';
import type { ErrorRenderer } from '../../core/http/problem';
import type { Kernel } from '../../core/module';
import { CyberErrors } from './cyber.errors';
import type { VersionFilter } from './cyber.repository';
import { DEFAULT_PAGE, MAX_PAGE, TAXII_MEDIA_TYPE, type Filters } from './taxii.service';
import { toMicros } from './stix/time';

export const WWW_AUTHENTICATE = 'Basic realm="taxii2", charset="UTF-8", Bearer realm="taxii2"';

/** TAXII 2.1 §3.6.1: every error is an error message in TAXII's media type; 401s carry a challenge. */
export const renderTaxiiError: ErrorRenderer = (_req, reply, p) => {
  if (p.status === 401) void reply.header('www-authenticate', WWW_AUTHENTICATE);
  const details: Record<string, unknown> = { ...p.params };
  if (p.errors) details.errors = p.errors;
  return reply
    .code(p.status)
    .header('content-type', TAXII_MEDIA_TYPE)
    .send(
      JSON.stringify({
        title: p.title,
        ...(p.detail ? { description: p.detail } : {}),
        error_id: p.requestId,
        error_code: p.code,
        http_status: String(p.status),
        ...(Object.keys(details).length > 0 ? { details } : {}),
      }),
    );
};

interface MediaRange {
  type: string;
  params: Record<string, string>;
}

function parseMediaRanges(header: string): MediaRange[] {
  return header.split(',').map((part) => {
    const [type, ...params] = part.split(';').map((s) => s.trim());
    const p: Record<string, string> = {};
    for (const kv of params) {
      const i = kv.indexOf('=');
      if (i > 0)
        p[kv.slice(0, i).trim().toLowerCase()] = kv
          .slice(i + 1)
          .trim()
          .replace(/^"|"$/g, '');
    }
    return { type: (type ?? '').toLowerCase(), params: p };
  });
}

/** `application/taxii+json` with no version means the latest, 2.1 (TAXII 2.1 §1.6.8.2). */
function isTaxii21(r: MediaRange): boolean {
  return (
    r.type === 'application/taxii+json' && (r.params.version === undefined || r.params.version === '2.1')
  );
}

/** 406 unless the client accepts TAXII 2.1 (or anything); a missing Accept is taken as anything. */
export async function requireTaxiiAccept(req: FastifyRequest) {
  const accept = req.headers.accept;
  if (!accept) return;
  const ranges = parseMediaRanges(accept);
  const ok = ranges.some((r) => r.type === '*/*' || r.type === 'application/*' || isTaxii21(r));
  if (!ok) throw CyberErrors.notAcceptable({ accept });
}

export async function requireTaxiiContentType(req: FastifyRequest) {
  const ct = req.headers['content-type'] ?? '';
  if (!isTaxii21(parseMediaRanges(ct)[0]!)) throw CyberErrors.unsupportedMediaType({ contentType: ct });
}

/**
 * TAXII clients authenticate on every request: HTTP Basic with a user's email and password (under the
 * sign-in limits) or a personal access token as Bearer. Wrong credentials are a 401, never anonymous.
 */
export function taxiiAuth(kernel: Kernel) {
  return async (req: FastifyRequest, _reply: FastifyReply) => {
    const h = req.headers.authorization;
    if (!h) return;
    const bearer = /^Bearer\s+(\S+)$/i.exec(h);
    const basic = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(h);
    let actor = null;
    if (bearer) actor = await resolveToken(kernel.db, bearer[1]!);
    else if (basic) {
      const decoded = Buffer.from(basic[1]!, 'base64').toString('utf8');
      const i = decoded.indexOf(':');
      if (i > 0) {
        actor = await resolveBasic(
          { db: kernel.db, audit: kernel.audit },
          decoded.slice(0, i),
          decoded.slice(i + 1),
          req.ip,
        );
      }
    }
    if (!actor) throw AuthErrors.unauthenticated({ reason: 'invalid_credentials' });
    req.actor = actor;
  };
}

const TYPE = /^[a-z0-9][a-z0-9-]{0,249}$/;
const ID = /^[a-z0-9][a-z0-9-]*--[0-9a-fA-F-]{36}$/;
const SPEC_VERSION = /^\d+\.\d+$/;

type Query = Record<string, string | string[] | undefined>;

function single(q: Query, name: string): string | undefined {
  const v = q[name];
  if (Array.isArray(v)) throw CyberErrors.badFilter({ parameter: name, reason: 'given more than once' });
  return v;
}

function list(q: Query, name: string, valid: (s: string) => boolean): string[] | null {
  const v = single(q, name);
  if (v === undefined) return null;
  const items = v.split(',').map((s) => s.trim());
  const bad = items.find((s) => s === '' || !valid(s));
  if (bad !== undefined) throw CyberErrors.badFilter({ parameter: name, reason: `"${bad}" is not valid` });
  return items;
}

function versionFilter(q: Query): VersionFilter {
  const items = list(
    q,
    'match[version]',
    (s) => ['first', 'last', 'all'].includes(s) || toMicros(s) !== null,
  );
  if (!items) return { all: false, first: false, last: true, exact: [] };
  if (items.includes('all')) {
    if (items.length > 1)
      throw CyberErrors.badFilter({ parameter: 'match[version]', reason: 'all stands alone' });
    return { all: true };
  }
  return {
    all: false,
    first: items.includes('first'),
    last: items.includes('last'),
    exact: items.filter((s) => s !== 'first' && s !== 'last').map((s) => toMicros(s)!),
  };
}

/**
 * Parses TAXII filters into plain values; anything malformed is a 400 (never a 500). Unknown match
 * fields are ignored, as the specification allows.
 */
export function parseFilters(query: unknown, allowed: { idAndType: boolean; version: boolean }): Filters {
  const q = (query ?? {}) as Query;
  const addedAfter = single(q, 'added_after');
  const addedAfterUs = addedAfter === undefined ? null : toMicros(addedAfter);
  if (addedAfter !== undefined && addedAfterUs === null) {
    throw CyberErrors.badFilter({ parameter: 'added_after', reason: 'not a timestamp' });
  }
  const limitRaw = single(q, 'limit');
  if (limitRaw !== undefined && !/^[1-9]\d{0,8}$/.test(limitRaw)) {
    throw CyberErrors.badFilter({ parameter: 'limit', reason: 'must be a positive integer' });
  }
  const next = single(q, 'next') ?? null;
  if (next !== null && (next.length === 0 || next.length > 200)) {
    throw CyberErrors.badFilter({ parameter: 'next', reason: 'malformed' });
  }
  const raw: Record<string, string> = {};
  for (const [k, v] of Object.entries(q)) {
    if (k !== 'next' && k !== 'limit' && typeof v === 'string') raw[k] = v;
  }
  return {
    addedAfterUs,
    limit: Math.min(limitRaw ? Number(limitRaw) : DEFAULT_PAGE, MAX_PAGE),
    next,
    ids: allowed.idAndType ? list(q, 'match[id]', (s) => ID.test(s)) : null,
    types: allowed.idAndType ? list(q, 'match[type]', (s) => TYPE.test(s)) : null,
    specVersions: list(q, 'match[spec_version]', (s) => SPEC_VERSION.test(s)),
    versions: allowed.version ? versionFilter(q) : { all: true },
    raw,
  };
}
