import { z } from 'zod';
import { CreatePlanBody, PlanDto, PlanSummaryDto, ReportBody } from '../../../contracts/plans';
import { readUpload, sendFile, withUploads } from '../../core/files';
import { sendCsv } from '../../core/http/csv';
import type { App, Kernel } from '../../core/module';
import * as service from './plans.service';

const Params = z.strictObject({ id: z.string().max(64) });

export async function plansRoutes(app: App, kernel: Kernel) {
  const tags = ['plans'];
  app.get(
    '/plans',
    {
      schema: {
        tags,
        summary: 'Implementation plans',
        querystring: z.strictObject({ instrumentId: z.string().max(64).optional() }),
        response: { 200: z.object({ items: z.array(PlanSummaryDto) }) },
      },
    },
    async (req) => ({ items: await service.listPlans(kernel, req.actor, req.query.instrumentId) }),
  );
  app.post(
    '/plans',
    {
      schema: {
        tags,
        summary: 'Create a plan with its item tree (Secretariat)',
        body: CreatePlanBody,
        response: { 201: PlanDto },
      },
      preHandler: kernel.perms.require('plans.plan.create'),
    },
    async (req, reply) => reply.code(201).send(await service.createPlan(kernel, req.actor, req.body)),
  );
  app.get(
    '/plans/:id',
    {
      schema: {
        tags,
        summary: 'A plan with its progress, overall and per state, and the overdue list',
        params: Params,
        response: { 200: PlanDto },
      },
    },
    async (req) => service.getPlan(kernel, req.actor, req.params.id),
  );
  app.get(
    '/plans/:id/export.json',
    { schema: { tags, summary: 'The plan as a JSON file', params: Params } },
    async (req, reply) => {
      const plan = await service.getPlan(kernel, req.actor, req.params.id);
      return reply
        .header('content-disposition', `attachment; filename="plan-${plan.id}.json"`)
        .type('application/json')
        .send(JSON.stringify(plan, null, 2));
    },
  );
  app.get(
    '/plans/:id/progress.csv',
    {
      schema: {
        tags,
        summary: "Progress as CSV: each item and each state's latest report, as the plan's page shows it",
        params: Params,
        produces: ['text/csv'],
      },
    },
    async (req, reply) => {
      const plan = await service.getPlan(kernel, req.actor, req.params.id);
      return sendCsv(
        reply,
        `plan-${plan.id}-progress.csv`,
        [
          'item_id',
          'parent_id',
          'title_en',
          'title_ru',
          'title_zh',
          'deadline',
          'item_progress',
          'state',
          'status',
          'percent',
          'state_progress',
          'reported_at',
        ],
        plan.items.flatMap((item) => {
          const reports = new Map(item.latestReports.map((r) => [r.state, r]));
          const states = [...new Set([...item.responsibleStates, ...reports.keys()])];
          const row = (state: string | null) => {
            const r = state ? reports.get(state) : undefined;
            return [
              item.id,
              item.parentId,
              item.title.en,
              item.title.ru,
              item.title.zh,
              item.deadline,
              item.progress,
              state,
              state ? (r?.status ?? 'not_reported') : null,
              r?.percent,
              state ? item.perState[state] : null,
              r?.reportedAt,
            ];
          };
          // An item nobody is responsible for still shows, with its progress.
          return states.length > 0 ? states.map(row) : [row(null)];
        }),
      );
    },
  );
  app.post(
    '/plans/:id/items/:itemId/reports',
    {
      schema: {
        tags,
        summary: "Report a state's progress on an item it is responsible for",
        params: z.strictObject({ id: z.string().max(64), itemId: z.string().max(64) }),
        body: ReportBody,
        response: { 201: PlanDto },
      },
      preHandler: kernel.perms.require('plans.report.submit'),
    },
    async (req, reply) =>
      reply
        .code(201)
        .send(await service.report(kernel, req.actor!, req.params.id, req.params.itemId, req.body)),
  );
  app.post(
    '/plans/:id/reminders',
    {
      schema: {
        tags,
        summary: 'Remind the states that have not reported or are late (Secretariat)',
        params: Params,
        response: { 200: z.object({ states: z.array(z.string()) }) },
      },
      preHandler: kernel.perms.require('plans.reminder.send'),
    },
    async (req) => service.sendReminders(kernel, req.actor!, req.params.id),
  );

  app.get(
    '/plans/:id/evidence/:evidenceId',
    {
      schema: {
        tags,
        summary: 'Download an evidence file',
        params: z.strictObject({ id: z.string().max(64), evidenceId: z.string().max(64) }),
      },
    },
    async (req, reply) => {
      const f = await service.getEvidence(kernel, req.actor, req.params.id, req.params.evidenceId);
      return sendFile(reply, kernel.db, f);
    },
  );

  await withUploads(app, (scoped) =>
    scoped.post(
      '/plans/:id/reports/:reportId/evidence',
      {
        schema: {
          tags,
          summary: 'Attach an evidence file (PDF, DOCX, ODT, PNG or JPEG) to a report of your state',
          params: z.strictObject({ id: z.string().max(64), reportId: z.string().max(64) }),
          consumes: ['multipart/form-data'],
          response: {
            201: z.object({
              id: z.string(),
              filename: z.string(),
              mediaType: z.string(),
              size: z.number(),
              sha256: z.string(),
            }),
          },
        },
        preHandler: kernel.perms.require('plans.report.submit'),
      },
      async (req, reply) => {
        const { file } = await readUpload(req, service.evidenceUse);
        const { id, reportId } = req.params;
        return reply.code(201).send(await service.addEvidence(kernel, req.actor!, id, reportId, file));
      },
    ),
  );
}
