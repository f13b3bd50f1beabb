import { z } from 'zod';
import { Localized, namesStates, StateCode } from './common';

export const ReportStatus = z.enum(['not_started', 'in_progress', 'done', 'blocked']);
export type ReportStatus = z.infer<typeof ReportStatus>;

/**
 * Whether a report's status and percentage tell the same story: done is 100 % and 100 % is done; not
 * started is 0 %. In progress and blocked take any share below 100.
 */
export function statusAgreesWithPercent(status: ReportStatus, percent: number): boolean {
  if (status === 'done' || percent === 100) return status === 'done' && percent === 100;
  return status !== 'not_started' || percent === 0;
}

const ItemInput = z.strictObject({
  key: z
    .string()
    .min(1)
    .max(50)
    .describe('a key of your choice, used to link children to parents in this request'),
  parentKey: z.string().min(1).max(50).optional(),
  title: z.strictObject({
    en: z.string().trim().min(1).max(1000),
    ru: z.string().trim().min(1).max(1000),
    zh: z.string().trim().min(1).max(1000),
  }),
  responsibleStates: namesStates(
    z.array(StateCode).max(30).default([]),
    'the states a plan item is assigned to',
  ),
  responsibleBodies: z.array(z.string().max(10)).max(10).default([]),
  deadline: z.iso.date().optional(),
  indicator: z.string().trim().max(500).optional(),
  target: z.string().trim().max(100).optional(),
  weight: z.number().int().min(1).max(1000).default(1),
});

export const CreatePlanBody = z
  .strictObject({
    instrumentId: z.string().max(64).describe('the instrument the plan implements'),
    title: Localized,
    items: z.array(ItemInput).min(1).max(5000),
  })
  .meta({ id: 'CreatePlan' });
export type CreatePlanBody = z.infer<typeof CreatePlanBody>;

export const ReportBody = z
  .strictObject({
    state: StateCode,
    status: ReportStatus,
    percent: z.number().int().min(0).max(100),
    narrative: z.string().trim().max(20_000).optional(),
    evidence: z
      .array(z.strictObject({ label: z.string().trim().min(1).max(200), url: z.url() }))
      .max(20)
      .default([]),
  })
  .meta({ id: 'PlanReport' });
export type ReportBody = z.infer<typeof ReportBody>;

export const PlanItemDto = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  position: z.number().int(),
  title: Localized,
  responsibleStates: z.array(z.string()),
  responsibleBodies: z.array(z.string()),
  deadline: z.string().nullable(),
  indicator: z.string().nullable(),
  target: z.string().nullable(),
  weight: z.number(),
  progress: z.number().describe('0-100, weighted roll-up of the subtree'),
  perState: z.record(z.string(), z.number()),
  latestReports: z.array(
    z.object({
      id: z.string(),
      state: z.string(),
      status: ReportStatus,
      percent: z.number(),
      narrative: z.string().nullable(),
      reportedAt: z.string(),
      files: z.array(
        z.object({
          id: z.string(),
          filename: z.string(),
          mediaType: z.string(),
          size: z.number(),
          sha256: z.string(),
        }),
      ),
    }),
  ),
});

export const PlanDto = z
  .object({
    id: z.string(),
    instrumentId: z.string(),
    title: Localized,
    demo: z.boolean(),
    createdAt: z.string(),
    progress: z.object({ overall: z.number(), perState: z.record(z.string(), z.number()) }),
    items: z.array(PlanItemDto),
    overdue: z.array(
      z.object({
        itemId: z.string(),
        deadline: z.string(),
        progress: z.number(),
        lagging: z.array(z.string()),
      }),
    ),
    notReported: z.array(z.object({ state: z.string(), items: z.number().int() })),
  })
  .meta({ id: 'Plan' });
export type PlanDto = z.infer<typeof PlanDto>;

export const PlanSummaryDto = z.object({
  id: z.string(),
  instrumentId: z.string(),
  title: Localized,
  demo: z.boolean(),
  createdAt: z.string(),
});
