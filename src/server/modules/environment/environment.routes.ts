import {
  CreateTechnologyBody,
  LinkPlanBody,
  QuestionnaireDto,
  RecordPointsBody,
  TechCodeParams,
  TechListDto,
  TechnologyDto,
  TechnologyQuery,
  TechVersionQuery,
  UpdateTechnologyBody,
  WaterBodyDto,
  WaterBodyListDto,
  WaterBodyParams,
} from '../../../contracts/environment';
import { z } from 'zod';
import { DeclareConflictsBody, ReviewAssignmentDto } from '../../../contracts/review';
import type { App, Kernel } from '../../core/module';
import * as review from './technologies.review';
import { questionnaire } from './editions.service';
import * as tech from './technologies.service';
import * as water from './water.service';

const tags = ['environment'];

/** The technology registry and the water bodies under /api/v1/environment (issue 13). */
export async function environmentRoutes(app: App, kernel: Kernel) {
  const can = (p: string) => kernel.perms.require(p);
  const base = '/environment/technologies';

  app.get(
    base,
    {
      schema: {
        tags,
        summary: 'Search the registry, with counts by sector, climate, country and maturity',
        querystring: TechnologyQuery,
        response: { 200: TechListDto },
      },
    },
    async (req) => tech.listTechnologies(kernel, req.actor, req.query),
  );

  app.post(
    base,
    {
      schema: {
        tags,
        summary: "A state's compiler enters a technology as a draft",
        body: CreateTechnologyBody,
        response: { 201: TechnologyDto },
      },
      preHandler: can('environment.technology.compile'),
    },
    async (req, reply) => reply.code(201).send(await tech.createTechnology(kernel, req.actor!, req.body)),
  );

  app.get(
    `${base}/:code`,
    {
      schema: {
        tags,
        summary: 'A technology with its versions; `version` reads an earlier one',
        params: TechCodeParams,
        querystring: TechVersionQuery,
        response: { 200: TechnologyDto },
      },
    },
    async (req) => tech.getTechnology(kernel, req.actor, req.params.code, req.query.version),
  );

  app.put(
    `${base}/:code`,
    {
      schema: {
        tags,
        summary: 'Edit a draft; editing a published entry starts its next version',
        params: TechCodeParams,
        body: UpdateTechnologyBody,
        response: { 200: TechnologyDto },
      },
      preHandler: can('environment.technology.compile'),
    },
    async (req) => tech.updateTechnology(kernel, req.actor!, req.params.code, req.body),
  );

  app.post(
    `${base}/:code/submit`,
    {
      schema: {
        tags,
        summary: "The state's focal point submits the draft for expert review",
        params: TechCodeParams,
        response: { 200: TechnologyDto },
      },
      preHandler: can('environment.technology.submit'),
    },
    async (req) => tech.submitTechnology(kernel, req.actor!, req.params.code),
  );

  app.post(
    `${base}/:code/publish`,
    {
      schema: {
        tags,
        summary: 'The Secretariat publishes a reviewed version',
        params: TechCodeParams,
        response: { 200: TechnologyDto },
      },
      preHandler: can('environment.technology.publish'),
    },
    async (req) => tech.publishTechnology(kernel, req.actor!, req.params.code),
  );

  const ReviewBody = review.TechReview.extend({ assignmentId: z.string().max(64) }).meta({
    id: 'TechnologyReview',
    example: {
      assignmentId: '0190f0c0-0000-7000-8000-000000000000',
      recommendation: 'publish',
      text: 'Sound.',
    },
  });
  const StoredReviewDto = z.object({
    assignmentId: z.string(),
    reviewerUserId: z.string(),
    payload: review.TechReview,
    version: z.number().int(),
    submittedAt: z.string(),
    revisedAt: z.string().nullable(),
  });
  const AssignmentParams = z.strictObject({
    code: z.string().min(1).max(64),
    assignmentId: z.string().max(64),
  });

  app.post(
    `${base}/:code/reviewers`,
    {
      schema: {
        tags,
        summary: 'The Secretariat proposes an expert for the submitted version (kernel review panel)',
        params: TechCodeParams,
        body: z.strictObject({ userId: z.string().max(64) }).meta({ example: { userId: 'u1' } }),
        response: { 201: ReviewAssignmentDto },
      },
      preHandler: can('environment.technology.publish'),
    },
    async (req, reply) =>
      reply
        .code(201)
        .send(await review.proposeReviewer(kernel, req.actor!, req.params.code, req.body.userId)),
  );

  app.post(
    `${base}/:code/reviewers/:assignmentId/declaration`,
    {
      schema: {
        tags,
        summary: 'The proposed expert declares their conflicts of interest ([] for none)',
        params: AssignmentParams,
        body: DeclareConflictsBody,
        response: { 200: ReviewAssignmentDto },
      },
      preHandler: can('environment.technology.review'),
    },
    async (req) => review.declareConflicts(kernel, req.actor!, req.params.assignmentId, req.body),
  );

  app.post(
    `${base}/:code/reviews`,
    {
      schema: {
        tags,
        summary: "An active expert files the submitted version's review; the version becomes reviewed",
        params: TechCodeParams,
        body: ReviewBody,
        response: { 201: StoredReviewDto },
      },
      preHandler: can('environment.technology.review'),
    },
    async (req, reply) =>
      reply.code(201).send(await review.reviewTechnology(kernel, req.actor!, req.params.code, req.body)),
  );

  app.get(
    '/environment/reviews',
    {
      schema: {
        tags,
        summary: "The expert's workspace: the versions they are asked to review",
        response: { 200: z.object({ items: z.array(ReviewAssignmentDto) }) },
      },
      preHandler: can('environment.technology.review'),
    },
    async (req) => review.myAssignments(kernel, req.actor!),
  );

  app.get(
    '/environment/questionnaire',
    {
      schema: {
        tags,
        summary: "The questionnaire's editions, what each changed and how many versions it migrated",
        response: { 200: QuestionnaireDto },
      },
    },
    async () => questionnaire(kernel),
  );

  app.get(
    '/environment/water-bodies',
    {
      schema: {
        tags,
        summary: 'The inland water bodies and the indicators each has values for',
        response: { 200: WaterBodyListDto },
      },
    },
    async () => water.listWaterBodies(kernel),
  );

  app.get(
    '/environment/water-bodies/:id',
    {
      schema: {
        tags,
        summary: 'A water body with its series, its plan of joint actions and the technologies applied there',
        params: WaterBodyParams,
        response: { 200: WaterBodyDto },
      },
    },
    async (req) => water.getWaterBody(kernel, req.actor, req.params.id),
  );

  app.post(
    '/environment/water-bodies/:id/points',
    {
      schema: {
        tags,
        summary: 'The Secretariat records indicator values, each with its source and method',
        params: WaterBodyParams,
        body: RecordPointsBody,
        response: { 201: WaterBodyDto },
      },
      preHandler: can('environment.water.record'),
    },
    async (req, reply) =>
      reply.code(201).send(await water.recordPoints(kernel, req.actor!, req.params.id, req.body)),
  );

  app.put(
    '/environment/water-bodies/:id/plan',
    {
      schema: {
        tags,
        summary: 'The Secretariat links the plan of joint actions for the water body',
        params: WaterBodyParams,
        body: LinkPlanBody,
        response: { 200: WaterBodyDto },
      },
      preHandler: can('environment.water.record'),
    },
    async (req) => water.linkPlan(kernel, req.actor!, req.params.id, req.body.planId),
  );
}
