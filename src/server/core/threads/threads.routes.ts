import type { FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import { z } from 'zod';
import {
  EditPostBody,
  HidePostBody,
  ThreadPostVersionDto,
  type ThreadPostDto,
} from '../../../contracts/threads';
import type { App, Kernel } from '../module';
import type { Thread, ThreadDeps } from './threads.service';

const RecordParams = z.strictObject({ id: z.string().max(64) });
const PostParams = z.strictObject({ id: z.string().max(64), postId: z.string().max(64) });

export interface ThreadRouteOptions<R, D extends ThreadDeps, P extends ThreadPostDto, B extends z.ZodType> {
  /** Where the module mounts its thread, with the record as `:id`: `/decisions/:id/comments`. */
  path: string;
  tags: string[];
  thread: Thread<R, D, P>;
  deps: D;
  /** One post as the module's API shows it: the kernel's `ThreadPostDto` or an extension of it. */
  dto: z.ZodType<P>;
  list: { summary: string };
  /** The module's own POST: its body (kinds, state) and its write (an idempotency key, say). */
  create: {
    summary: string;
    body: B;
    headers?: z.ZodType;
    preHandler: preHandlerAsyncHookHandler;
    handle: (
      req: FastifyRequest<{ Params: { id: string }; Body: z.infer<B> }>,
      reply: FastifyReply,
    ) => Promise<unknown>;
  };
}

/**
 * Mounts one discussion thread under the module's own path: the list and the module's POST where they
 * always were, and the kernel's edit, history and moderation routes below them.
 */
export function threadRoutes<R, D extends ThreadDeps, P extends ThreadPostDto, B extends z.ZodType>(
  app: App,
  kernel: Kernel,
  o: ThreadRouteOptions<R, D, P, B>,
) {
  const { thread, deps, tags } = o;
  const signedIn = kernel.perms.requireSignedIn();
  // Widened: the reply types of a generic schema do not resolve, and the schema still checks each answer.
  const dto: z.ZodType = o.dto;

  app.get(
    o.path,
    {
      schema: {
        tags,
        summary: o.list.summary,
        params: RecordParams,
        response: { 200: z.object({ items: z.array(dto) }) },
      },
    },
    async (req) => ({ items: await thread.list(deps, req.actor, req.params.id) }),
  );

  app.post(
    o.path,
    {
      schema: {
        tags,
        summary: o.create.summary,
        ...(o.create.headers ? { headers: o.create.headers } : {}),
        params: RecordParams,
        body: o.create.body,
        response: { 201: dto },
      },
      preHandler: o.create.preHandler,
    },
    (req, reply) => o.create.handle(req as Parameters<typeof o.create.handle>[0], reply),
  );

  app.put(
    `${o.path}/:postId`,
    {
      schema: {
        tags,
        summary: 'The author edits a post; every earlier text stays in its history',
        params: PostParams,
        body: EditPostBody,
        response: { 200: dto },
      },
      preHandler: signedIn,
    },
    async (req) => thread.edit(deps, req.actor!, req.params.id, req.params.postId, req.body),
  );

  app.get(
    `${o.path}/:postId/versions`,
    {
      schema: {
        tags,
        summary: 'Every text a post has had, first to last',
        params: PostParams,
        response: { 200: z.object({ items: z.array(ThreadPostVersionDto) }) },
      },
    },
    async (req) => ({ items: await thread.history(deps, req.actor, req.params.id, req.params.postId) }),
  );

  app.post(
    `${o.path}/:postId/hide`,
    {
      schema: {
        tags,
        summary: 'The Secretariat hides a post, with a reason; its text is kept',
        params: PostParams,
        body: HidePostBody,
        response: { 200: dto },
      },
      preHandler: signedIn,
    },
    async (req) => thread.hide(deps, req.actor!, req.params.id, req.params.postId, req.body),
  );

  app.post(
    `${o.path}/:postId/restore`,
    {
      schema: {
        tags,
        summary: 'The Secretariat shows a hidden post again',
        params: PostParams,
        response: { 200: dto },
      },
      preHandler: signedIn,
    },
    async (req) => thread.restore(deps, req.actor!, req.params.id, req.params.postId),
  );
}
