import { z } from 'zod';
import { IdempotencyHeaders } from '../../../contracts/finance';
import {
  IndicatorBody,
  IndicatorDto,
  IndicatorUpdateBody,
  MilestoneBody,
  MilestoneDto,
  MilestoneUpdateBody,
  OrganisationBody,
  OrganisationDto,
  OrganisationsQuery,
} from '../../../contracts/projects';
import type { App, Kernel } from '../../core/module';
import { idempotencyOf, sendWritten } from '../../core/http/idempotency';
import { getOrganisation, listOrganisations, registerOrganisation } from './organisation.service';
import { Params } from './projects.routes';
import {
  addIndicator,
  addMilestone,
  listIndicators,
  listMilestones,
  updateIndicator,
  updateMilestone,
} from './results.service';

const ItemParams = z.strictObject({ id: z.string().max(64), itemId: z.string().max(64) });

/** Milestones, indicators, and the register of organisations that sponsor or fund projects. */
export async function resultsRoutes(app: App, kernel: Kernel) {
  const tags = ['projects'];
  const can = (p: string) => kernel.perms.require(p);

  app.get(
    '/projects/:id/milestones',
    {
      schema: {
        tags,
        summary: 'Milestones by due date',
        params: Params,
        response: { 200: z.object({ items: z.array(MilestoneDto) }) },
      },
    },
    async (req) => ({ items: await listMilestones(kernel, req.actor, req.params.id) }),
  );

  app.post(
    '/projects/:id/milestones',
    {
      schema: {
        tags,
        summary: 'Add a dated milestone (the Secretariat or the proposing state)',
        headers: IdempotencyHeaders,
        params: Params,
        body: MilestoneBody,
        response: { 201: MilestoneDto },
      },
      preHandler: can('projects.results.record'),
    },
    async (req, reply) =>
      sendWritten(reply, await addMilestone(kernel, req.actor!, req.params.id, req.body, idempotencyOf(req))),
  );

  app.put(
    '/projects/:id/milestones/:itemId',
    {
      schema: {
        tags,
        summary: "Update a milestone's status, date or evidence",
        params: ItemParams,
        body: MilestoneUpdateBody,
        response: { 200: MilestoneDto },
      },
      preHandler: can('projects.results.record'),
    },
    async (req) => updateMilestone(kernel, req.actor!, req.params.id, req.params.itemId, req.body),
  );

  app.get(
    '/projects/:id/indicators',
    {
      schema: {
        tags,
        summary: 'Result indicators',
        params: Params,
        response: { 200: z.object({ items: z.array(IndicatorDto) }) },
      },
    },
    async (req) => ({ items: await listIndicators(kernel, req.actor, req.params.id) }),
  );

  app.post(
    '/projects/:id/indicators',
    {
      schema: {
        tags,
        summary: 'Add an indicator with baseline and target (the Secretariat or the proposing state)',
        headers: IdempotencyHeaders,
        params: Params,
        body: IndicatorBody,
        response: { 201: IndicatorDto },
      },
      preHandler: can('projects.results.record'),
    },
    async (req, reply) =>
      sendWritten(reply, await addIndicator(kernel, req.actor!, req.params.id, req.body, idempotencyOf(req))),
  );

  app.put(
    '/projects/:id/indicators/:itemId',
    {
      schema: {
        tags,
        summary: "Record an indicator's actual value or a revised target",
        params: ItemParams,
        body: IndicatorUpdateBody,
        response: { 200: IndicatorDto },
      },
      preHandler: can('projects.results.record'),
    },
    async (req) => updateIndicator(kernel, req.actor!, req.params.id, req.params.itemId, req.body),
  );

  app.get(
    '/organisations',
    {
      schema: {
        tags: ['organisations'],
        summary: 'Registered companies, banks and funds',
        querystring: OrganisationsQuery,
        response: { 200: z.object({ items: z.array(OrganisationDto) }) },
      },
    },
    async (req) => ({ items: await listOrganisations(kernel, req.query) }),
  );

  app.get(
    '/organisations/:id',
    {
      schema: {
        tags: ['organisations'],
        summary: 'One organisation',
        params: Params,
        response: { 200: OrganisationDto },
      },
    },
    async (req) => getOrganisation(kernel, req.params.id),
  );

  app.post(
    '/organisations',
    {
      schema: {
        tags: ['organisations'],
        summary: 'Register an organisation with its country (the Secretariat, or that country’s coordinator)',
        headers: IdempotencyHeaders,
        body: OrganisationBody,
        response: { 201: OrganisationDto },
      },
      preHandler: can('projects.organisation.register'),
    },
    async (req, reply) =>
      sendWritten(reply, await registerOrganisation(kernel, req.actor!, req.body, idempotencyOf(req))),
  );
}
