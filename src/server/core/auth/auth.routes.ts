import { z } from 'zod';
import { CreateTokenBody, LoginBody, MeDto, TokenCreatedDto, TokenDto } from '../../../contracts/auth';
import { HttpErrors } from '../errors';
import type { App, Kernel } from '../module';
import { AuthErrors, type Actor } from './actor';
import { SESSION_COOKIE } from './auth.plugin';
import * as auth from './auth.service';
import { markSignedIn, markSignedOut } from './signed-in-cookie';
import { toMandateDto } from './users.service';

function toMe(actor: Actor) {
  return {
    id: actor.userId,
    email: actor.email,
    displayName: actor.displayName,
    mandates: actor.mandates.map(toMandateDto),
    csrfToken: actor.csrfToken ?? null,
  };
}

export async function authRoutes(app: App, kernel: Kernel) {
  const deps = { db: kernel.db, audit: kernel.audit };

  app.post(
    '/auth/login',
    {
      schema: {
        tags: ['auth'],
        summary: 'Sign in with a session cookie',
        body: LoginBody,
        response: { 200: MeDto },
      },
    },
    async (req, reply) => {
      const session = await auth.login(deps, req.body, req.ip);
      void reply.setCookie(SESSION_COOKIE, session.sessionId, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: req.protocol === 'https',
        maxAge: session.maxAgeSeconds,
      });
      markSignedIn(reply, session.maxAgeSeconds, req.protocol === 'https');
      const actor = await auth.resolveSession(kernel.db, session.sessionId);
      return toMe(actor!);
    },
  );

  app.post(
    '/auth/logout',
    { schema: { tags: ['auth'], summary: 'End the session', response: { 204: z.null() } } },
    async (req, reply) => {
      if (req.actor) await auth.logout(deps, req.actor);
      void reply.clearCookie(SESSION_COOKIE, { path: '/' });
      markSignedOut(reply);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/auth/me',
    { schema: { tags: ['auth'], summary: 'Who am I, and for whom may I act', response: { 200: MeDto } } },
    async (req, reply) => {
      // The web app asks only while its companion cookie says a session may be open: a "no" ends that.
      if (!req.actor) {
        markSignedOut(reply);
        throw AuthErrors.unauthenticated();
      }
      return toMe(req.actor);
    },
  );

  app.post(
    '/auth/tokens',
    {
      schema: {
        tags: ['auth'],
        summary: 'Create a personal access token; use it as Authorization: Bearer <token>',
        body: CreateTokenBody,
        response: { 201: TokenCreatedDto },
      },
    },
    async (req, reply) => reply.code(201).send(await auth.createToken(deps, req.body, req.ip)),
  );

  app.get(
    '/auth/tokens',
    {
      schema: {
        tags: ['auth'],
        summary: 'My tokens',
        response: { 200: z.object({ items: z.array(TokenDto) }) },
      },
      preHandler: kernel.perms.requireSignedIn(),
    },
    async (req) => ({
      items: await auth.listTokens(kernel.db, req.actor!.userId),
    }),
  );

  app.delete(
    '/auth/tokens/:id',
    {
      schema: {
        tags: ['auth'],
        summary: 'Revoke one of my tokens',
        params: z.strictObject({ id: z.string().max(64) }),
        response: { 204: z.null() },
      },
      preHandler: kernel.perms.requireSignedIn(),
    },
    async (req, reply) => {
      if (!(await auth.revokeToken(deps, req.actor!, req.params.id))) throw HttpErrors.notFound();
      return reply.code(204).send(null);
    },
  );
}
