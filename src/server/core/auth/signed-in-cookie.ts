import type { FastifyReply } from 'fastify';

/**
 * A companion of the session cookie that the web app can read: "1" while a session may be open. It holds
 * no secret (the session id stays in the httpOnly cookie), so a visitor's pages need not ask /auth/me,
 * and log a 401, on every visit. It lives exactly as long as the session and is cleared whenever the
 * session cookie is.
 */
export const SIGNED_IN_COOKIE = 'sco_signed_in';

export function markSignedIn(reply: FastifyReply, maxAgeSeconds: number, secure: boolean) {
  void reply.setCookie(SIGNED_IN_COOKIE, '1', { path: '/', sameSite: 'lax', secure, maxAge: maxAgeSeconds });
}

export function markSignedOut(reply: FastifyReply) {
  void reply.clearCookie(SIGNED_IN_COOKIE, { path: '/' });
}
