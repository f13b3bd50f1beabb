import { timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App, Kernel } from '../module';
import { AuthErrors, type Actor } from './actor';
import { resolveSession, resolveToken } from './auth.service';
import { markSignedOut } from './signed-in-cookie';

export const SESSION_COOKIE = 'sco_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Resolves who is calling: a bearer token (API clients) or the session cookie (the web app). Writes
 * made with the cookie must carry the session's CSRF token in X-CSRF-Token; bearer tokens are not sent
 * by browsers on their own, so they need none.
 */
export function installAuth(app: App, kernel: Kernel) {
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (req: FastifyRequest, reply: FastifyReply) => {
    req.actor = null;
    if (!req.url.startsWith('/api/')) return;
    const authz = req.headers.authorization;
    if (authz) {
      const m = /^Bearer\s+(\S+)$/i.exec(authz);
      const actor = m ? await resolveToken(kernel.db, m[1]!) : null;
      if (!actor) throw AuthErrors.unauthenticated({ reason: 'invalid_token' });
      req.actor = actor;
      return;
    }
    const sid = req.cookies[SESSION_COOKIE];
    if (!sid) return;
    const actor = await resolveSession(kernel.db, sid);
    if (!actor) {
      void reply.clearCookie(SESSION_COOKIE, { path: '/' });
      markSignedOut(reply);
      return;
    }
    if (!SAFE_METHODS.has(req.method)) {
      const sent = req.headers['x-csrf-token'];
      if (typeof sent !== 'string' || !sameSecret(sent, actor.csrfToken ?? '')) throw AuthErrors.csrf();
    }
    req.actor = actor;
  });
}
