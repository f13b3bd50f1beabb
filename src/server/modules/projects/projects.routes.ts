import { z } from 'zod';
import { IdempotencyHeaders } from '../../../contracts/finance';
import {
  ApprovalBody,
  ChecklistBody,
  CreateProjectBody,
  GateDto,
  InterestBody,
  ProjectCommentBody,
  ProjectCommentDto,
  ProjectDto,
  ProjectsQuery,
  ProjectSummaryDto,
  StageBody,
} from '../../../contracts/projects';
import type { App, Kernel } from '../../core/module';
import { idempotencyOf, runIdempotent, sendWritten } from '../../core/http/idempotency';
import { threadRoutes } from '../../core/threads';
import { enterApproval, openApproval } from './approval.service';
import { projectDiscussion } from './discussion.thread';
import { expressInterest, withdrawInterest } from './interest.service';
import { createProject, getProject, listProjects } from './project.service';
import { CYCLE, gateOf } from './stage.rules';
import { moveStage, recordChecklistItem } from './stage.service';

export const Params = z.strictObject({ id: z.string().max(64) });

export async function projectRoutes(app: App, kernel: Kernel) {
  const tags = ['projects'];
  const can = (p: string) => kernel.perms.require(p);

  app.get(
    '/projects/stage-gates',
    {
      schema: {
        tags,
        summary: 'The project cycle and the checklist of each stage gate',
        response: { 200: z.object({ items: z.array(GateDto) }) },
      },
    },
    async () => ({
      items: CYCLE.map((stage) => ({
        stage,
        items: gateOf(stage).map((d) => ({
          ...d,
          done: false,
          documentRef: null,
          answer: null,
          recordedAt: null,
        })),
      })),
    }),
  );

  app.get(
    '/projects',
    {
      schema: {
        tags,
        summary:
          'Projects, newest first: the public pipeline for everyone, all for the Secretariat and members',
        querystring: ProjectsQuery,
        response: { 200: z.object({ items: z.array(ProjectSummaryDto), next: z.string().nullable() }) },
      },
    },
    async (req) => listProjects(kernel, req.actor, req.query),
  );

  app.post(
    '/projects',
    {
      schema: {
        tags,
        summary: "Propose a project (a member state's national coordinator, or the Secretariat for sponsors)",
        headers: IdempotencyHeaders,
        body: CreateProjectBody,
        response: { 201: ProjectDto },
      },
      preHandler: can('projects.project.propose'),
    },
    async (req, reply) =>
      sendWritten(reply, await createProject(kernel, req.actor!, req.body, idempotencyOf(req))),
  );

  app.get(
    '/projects/:id',
    {
      schema: {
        tags,
        summary: 'A project with its gates, interest, approval and stage history',
        params: Params,
        response: { 200: ProjectDto },
      },
    },
    async (req) => getProject(kernel, req.actor, req.params.id),
  );

  app.post(
    '/projects/:id/stage',
    {
      schema: {
        tags,
        summary:
          'Move the project through its gate, back one stage (with a reason), or to cancelled (Secretariat)',
        headers: IdempotencyHeaders,
        params: Params,
        body: StageBody,
        response: { 200: ProjectDto },
      },
      preHandler: can('projects.project.manage'),
    },
    async (req, reply) => {
      const idem = idempotencyOf(req);
      const w =
        req.body.to === 'approval'
          ? await enterApproval(kernel, req.actor!, req.params.id, req.body.reason, idem)
          : await moveStage(kernel, req.actor!, req.params.id, req.body, idem);
      return sendWritten(reply, w);
    },
  );

  app.post(
    '/projects/:id/checklist',
    {
      schema: {
        tags,
        summary: 'Record a checklist item as met: a document reference or an answer',
        headers: IdempotencyHeaders,
        params: Params,
        body: ChecklistBody,
        response: { 200: ProjectDto },
      },
      preHandler: can('projects.checklist.record'),
    },
    async (req, reply) =>
      sendWritten(
        reply,
        await recordChecklistItem(kernel, req.actor!, req.params.id, req.body, idempotencyOf(req)),
      ),
  );

  app.post(
    '/projects/:id/approval',
    {
      schema: {
        tags,
        summary: 'Open the consensus decision among the interested member states (Secretariat)',
        headers: IdempotencyHeaders,
        params: Params,
        body: ApprovalBody.nullish(),
        response: { 200: ProjectDto },
      },
      preHandler: can('projects.project.manage'),
    },
    async (req, reply) =>
      sendWritten(
        reply,
        await openApproval(kernel, req.actor!, req.params.id, req.body?.body ?? 'CNC', idempotencyOf(req)),
      ),
  );

  app.post(
    '/projects/:id/interest',
    {
      schema: {
        tags,
        summary: "Express a member state's interest in participating (its coordinator or delegate)",
        headers: IdempotencyHeaders,
        params: Params,
        body: InterestBody,
        response: { 200: ProjectDto },
      },
      preHandler: can('projects.interest.express'),
    },
    async (req, reply) =>
      sendWritten(
        reply,
        await expressInterest(kernel, req.actor!, req.params.id, req.body, idempotencyOf(req)),
      ),
  );

  app.post(
    '/projects/:id/interest/withdraw',
    {
      schema: {
        tags,
        summary: "Withdraw a member state's interest before approval (its coordinator or delegate)",
        headers: IdempotencyHeaders,
        params: Params,
        body: InterestBody,
        response: { 200: ProjectDto },
      },
      preHandler: can('projects.interest.express'),
    },
    async (req, reply) =>
      sendWritten(
        reply,
        await withdrawInterest(kernel, req.actor!, req.params.id, req.body, idempotencyOf(req)),
      ),
  );

  threadRoutes(app, kernel, {
    path: '/projects/:id/comments',
    tags,
    thread: projectDiscussion,
    deps: kernel,
    dto: ProjectCommentDto,
    list: { summary: 'The discussion: comments, questions to the sponsor and their answers' },
    create: {
      summary: 'Comment, ask the sponsor, or answer (the Secretariat or a member delegation)',
      headers: IdempotencyHeaders,
      body: ProjectCommentBody,
      preHandler: can('projects.comment.create'),
      handle: async (req, reply) => {
        const idem = idempotencyOf(req);
        const at = kernel.now().toISOString();
        const written = await projectDiscussion.post(kernel, req.actor!, req.params.id, req.body, (work) =>
          runIdempotent(kernel.db, idem, 201, at, work),
        );
        return sendWritten(reply, written);
      },
    },
  });
}
