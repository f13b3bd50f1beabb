import { z } from 'zod';
import {
  AdoptionParams,
  PracticeDto,
  PracticeListDto,
  PracticeListQuery,
  PracticeParams,
  ProposePracticeBody,
  RecordAdoptionBody,
  UpdatePracticeBody,
} from '../../../contracts/cyberPractices';
import { ThreadPostDto } from '../../../contracts/threads';
import type { App, Kernel } from '../../core/module';
import { threadRoutes } from '../../core/threads';
import { StateCode } from '../../../contracts/common';
import { practiceComments } from './practices.thread';
import {
  getPractice,
  listPractices,
  proposePractice,
  recordAdoption,
  updatePractice,
} from './practices.service';

const tags = ['cyber practices'];

const CommentBody = z.strictObject({
  body: z.string().trim().min(1).max(20_000),
  state: StateCode.optional().describe('the member state the author speaks for; omitted for the Secretariat'),
  parentId: z.string().max(64).optional(),
});

/** The best-practices library under /api/v1/cyber/practices (ADR 0023). */
export async function practicesRoutes(app: App, kernel: Kernel) {
  const can = (p: string) => kernel.perms.require(p);

  app.get(
    '/cyber/practices',
    {
      schema: {
        tags,
        summary: 'The library: practices this reader may receive, filtered, with counts',
        querystring: PracticeListQuery,
        response: { 200: PracticeListDto },
      },
    },
    async (req) => listPractices(kernel, req.actor, req.query),
  );

  app.post(
    '/cyber/practices',
    {
      schema: {
        tags,
        summary: 'A member CERT proposes a practice (CLEAR or GREEN), in one to three languages',
        body: ProposePracticeBody,
        response: { 201: PracticeDto },
      },
      preHandler: can('cyber.practice.propose'),
    },
    async (req, reply) => reply.code(201).send(await proposePractice(kernel, req.actor!, req.body)),
  );

  app.get(
    '/cyber/practices/:id',
    {
      schema: {
        tags,
        summary: 'A practice with its texts, adoptions by state and linked plan items',
        params: PracticeParams,
        response: { 200: PracticeDto },
      },
    },
    async (req) => getPractice(kernel, req.actor, req.params.id),
  );

  app.put(
    '/cyber/practices/:id',
    {
      schema: {
        tags,
        summary: 'The proposing CERT revises its practice (texts, tags, plan items; not the marking)',
        params: PracticeParams,
        body: UpdatePracticeBody,
        response: { 200: PracticeDto },
      },
      preHandler: can('cyber.practice.propose'),
    },
    async (req) => updatePractice(kernel, req.actor!, req.params.id, req.body),
  );

  app.put(
    '/cyber/practices/:id/adoptions/:state',
    {
      schema: {
        tags,
        summary: "A member state's CERT or national coordinator records its adoption and what came of it",
        params: AdoptionParams,
        body: RecordAdoptionBody,
        response: { 200: PracticeDto },
      },
      preHandler: can('cyber.practice.adopt'),
    },
    async (req) => recordAdoption(kernel, req.actor!, req.params.id, req.params.state, req.body),
  );

  threadRoutes(app, kernel, {
    path: '/cyber/practices/:id/comments',
    tags,
    thread: practiceComments,
    deps: kernel,
    dto: ThreadPostDto,
    list: { summary: "The community's discussion of a practice" },
    create: {
      summary: 'Comment as a member state (its CERT, coordinator or delegate) or the Secretariat',
      body: CommentBody,
      preHandler: can('cyber.practice.comment'),
      handle: async (req, reply) =>
        reply.code(201).send(await practiceComments.post(kernel, req.actor!, req.params.id, req.body)),
    },
  });
}
