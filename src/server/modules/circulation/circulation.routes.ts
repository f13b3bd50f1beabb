import { z } from 'zod';
import {
  AcknowledgeBody,
  CirculationDto,
  CirculationsQuery,
  CirculationSummaryDto,
  CreateCirculationBody,
  ReplyBody,
} from '../../../contracts/circulation';
import type { App, Kernel } from '../../core/module';
import * as desk from './circulation.desk';

const Params = z.strictObject({ id: z.string().max(64) });

export async function circulationRoutes(app: App, kernel: Kernel) {
  const tags = ['circulation'];
  app.get(
    '/circulations',
    {
      schema: {
        tags,
        summary: "The Secretariat's circulation desk, or a state's inbox of what was circulated to it",
        querystring: CirculationsQuery,
        response: { 200: z.object({ items: z.array(CirculationSummaryDto) }) },
      },
      preHandler: kernel.perms.requireSignedIn(),
    },
    async (req) => desk.listCirculations(kernel, req.actor, req.query),
  );
  app.post(
    '/circulations',
    {
      schema: {
        tags,
        summary:
          'Circulate a record to the focal points of chosen states (Secretariat), numbered in its register',
        body: CreateCirculationBody,
        response: { 201: CirculationDto },
      },
      preHandler: kernel.perms.require('circulation.circulation.create'),
    },
    async (req, reply) => reply.code(201).send(await desk.createCirculation(kernel, req.actor!, req.body)),
  );
  app.get(
    '/circulations/:id',
    {
      schema: {
        tags,
        summary:
          "A circulation with its matrix of states × opened, acknowledged, replied (a focal point's GET opens it)",
        params: Params,
        response: { 200: CirculationDto },
      },
      preHandler: kernel.perms.requireSignedIn(),
    },
    async (req) => desk.getCirculation(kernel, req.actor, req.params.id),
  );
  app.post(
    '/circulations/:id/acknowledge',
    {
      schema: {
        tags,
        summary: 'Acknowledge receipt for a recipient state (its focal point)',
        params: Params,
        body: AcknowledgeBody,
        response: { 200: CirculationDto },
      },
      preHandler: kernel.perms.require('circulation.receipt.record'),
    },
    async (req) => desk.acknowledgeCirculation(kernel, req.actor!, req.params.id, req.body.state),
  );
  app.post(
    '/circulations/:id/replies',
    {
      schema: {
        tags,
        summary: "A recipient state's reply or comments (its focal point)",
        params: Params,
        body: ReplyBody,
        response: { 201: CirculationDto },
      },
      preHandler: kernel.perms.require('circulation.receipt.record'),
    },
    async (req, reply) =>
      reply.code(201).send(await desk.replyToCirculation(kernel, req.actor!, req.params.id, req.body)),
  );
}
