import { z } from 'zod';
import {
  CommentBody,
  CommentDto,
  CreateDecisionBody,
  DecisionDto,
  DecisionsQuery,
  DecisionSummaryDto,
  ExtendBody,
  RecordPositionBody,
  ReviseTextBody,
  TextVersionDto,
} from '../../../contracts/decisions';
import { readUpload, sendFile, withUploads } from '../../core/files';
import { sendCsv } from '../../core/http/csv';
import type { App, Kernel } from '../../core/module';
import { threadRoutes } from '../../core/threads';
import { decisionComments } from './comments.thread';
import * as attachments from './attachment.service';
import * as service from './decisions.service';
import * as positions from './position.service';
import * as procedure from './procedure.service';
import * as text from './text.service';

const Params = z.strictObject({ id: z.string().max(64) });

export async function decisionsRoutes(app: App, kernel: Kernel) {
  const tags = ['decisions'];
  const can = (p: string) => kernel.perms.require(p);

  app.get(
    '/decisions',
    {
      schema: {
        tags,
        summary: 'Decisions, newest first; restricted drafts only for the Secretariat and member states',
        querystring: DecisionsQuery,
        response: { 200: z.object({ items: z.array(DecisionSummaryDto), next: z.string().nullable() }) },
      },
    },
    async (req) => service.listDecisions(kernel, req.actor, req.query),
  );

  app.post(
    '/decisions',
    {
      schema: {
        tags,
        summary: 'Draft a decision (Secretariat)',
        body: CreateDecisionBody,
        response: { 201: DecisionDto },
      },
      preHandler: can('decisions.decision.create'),
    },
    async (req, reply) => reply.code(201).send(await service.createDecision(kernel, req.actor!, req.body)),
  );

  app.get(
    '/decisions/:id',
    {
      schema: {
        tags,
        summary: 'A decision with its positions and outcome',
        params: Params,
        response: { 200: DecisionDto },
      },
    },
    async (req) => service.getDecision(kernel, req.actor, req.params.id),
  );

  app.post(
    '/decisions/:id/positions',
    {
      schema: {
        tags,
        summary: "State a participating member state's position (its coordinator or delegate)",
        params: Params,
        body: RecordPositionBody,
        response: { 200: DecisionDto },
      },
      preHandler: can('decisions.position.record'),
    },
    async (req) => positions.recordPosition(kernel, req.actor, req.params.id, req.body),
  );

  app.post(
    '/decisions/:id/extend',
    {
      schema: {
        tags,
        summary: 'Extend a written procedure before its deadline (Secretariat)',
        params: Params,
        body: ExtendBody,
        response: { 200: DecisionDto },
      },
      preHandler: can('decisions.decision.manage'),
    },
    async (req) => procedure.extendDeadline(kernel, req.actor!, req.params.id, req.body.deadline),
  );

  app.post(
    '/decisions/:id/close',
    {
      schema: {
        tags,
        summary: "Close the decision on the chair's behalf (Secretariat)",
        params: Params,
        response: { 200: DecisionDto },
      },
      preHandler: can('decisions.decision.manage'),
    },
    async (req) => {
      await procedure.closeDecision(kernel, req.actor, req.params.id, 'secretariat');
      return service.getDecision(kernel, req.actor, req.params.id);
    },
  );

  app.post(
    '/decisions/:id/withdraw',
    {
      schema: {
        tags,
        summary: 'Withdraw an open draft (Secretariat)',
        params: Params,
        response: { 200: DecisionDto },
      },
      preHandler: can('decisions.decision.manage'),
    },
    async (req) => procedure.withdrawDecision(kernel, req.actor!, req.params.id),
  );

  app.post(
    '/decisions/:id/text',
    {
      schema: {
        tags,
        summary: 'Revise the draft text; each revision is kept (Secretariat)',
        params: Params,
        body: ReviseTextBody,
        response: { 200: DecisionDto },
      },
      preHandler: can('decisions.decision.manage'),
    },
    async (req) => text.reviseText(kernel, req.actor!, req.params.id, req.body),
  );

  app.get(
    '/decisions/:id/positions.csv',
    {
      schema: {
        tags,
        summary: "Each participating state's position as CSV, as the decision's page shows them",
        params: Params,
        produces: ['text/csv'],
      },
    },
    async (req, reply) => {
      const d = await service.getDecision(kernel, req.actor, req.params.id);
      const stated = new Map(d.positions.map((p) => [p.state, p]));
      const states = [...d.participants, ...[...stated.keys()].filter((s) => !d.participants.includes(s))];
      return sendCsv(
        reply,
        `decision-${d.id}-positions.csv`,
        ['decision_id', 'decision_number', 'state', 'position', 'counts', 'recorded_at', 'statement'],
        states.map((state) => {
          const p = stated.get(state);
          return [d.id, d.number, state, p?.position ?? 'pending', p ? p.counts : '', p?.recordedAt, p?.text];
        }),
      );
    },
  );

  app.get(
    '/decisions/:id/versions',
    {
      schema: {
        tags,
        summary: 'Versions of the draft text',
        params: Params,
        response: { 200: z.object({ items: z.array(TextVersionDto) }) },
      },
    },
    async (req) => ({ items: await text.listVersions(kernel, req.actor, req.params.id) }),
  );

  threadRoutes(app, kernel, {
    path: '/decisions/:id/comments',
    tags,
    thread: decisionComments,
    deps: kernel,
    dto: CommentDto,
    list: { summary: 'The discussion thread' },
    create: {
      summary: 'Comment as the Secretariat or a participating delegation',
      body: CommentBody,
      preHandler: kernel.perms.requireSignedIn(),
      handle: async (req, reply) =>
        reply.code(201).send(await decisionComments.post(kernel, req.actor!, req.params.id, req.body)),
    },
  });

  app.get(
    '/decisions/:id/attachments/:attachmentId',
    {
      schema: {
        tags,
        summary: 'Download an attachment',
        params: z.strictObject({ id: z.string().max(64), attachmentId: z.string().max(64) }),
      },
    },
    async (req, reply) => {
      const f = await attachments.getAttachment(kernel, req.actor, req.params.id, req.params.attachmentId);
      return sendFile(reply, kernel.db, f);
    },
  );

  await withUploads(app, (scoped) =>
    scoped.post(
      '/decisions/:id/attachments',
      {
        schema: {
          tags,
          summary:
            'Attach a PDF, DOCX or ODT file to an open draft (Secretariat, or a participating delegation: field "state")',
          params: Params,
          consumes: ['multipart/form-data'],
          response: { 201: DecisionDto.shape.attachments.element },
        },
        preHandler: kernel.perms.requireSignedIn(),
      },
      async (req, reply) => {
        const { file, fields } = await readUpload(req, attachments.attachmentUse);
        const input = { state: fields.state };
        return reply
          .code(201)
          .send(await attachments.addAttachment(kernel, req.actor!, req.params.id, input, file));
      },
    ),
  );
}
