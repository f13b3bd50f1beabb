import { z } from 'zod';
import { Localized } from './common';

/**
 * What an inbox (a state's or the Secretariat's) must do. A state: state a position on an open draft
 * (written procedure or consensus), report on the plan items it answers for, record the gate checklist of a
 * project it proposed. The Secretariat: close a consensus draft whose deadline has passed or whose
 * participants have all spoken, remind the states lagging on a plan, move a project whose gate is met.
 */
export const TaskKind = z.enum([
  'position_due',
  'report_due',
  'checklist_due',
  'decision_to_close',
  'plan_overdue',
  'project_gate_met',
]);
export type TaskKind = z.infer<typeof TaskKind>;

export const TaskDto = z
  .object({
    kind: TaskKind,
    subjectType: z.enum(['decision', 'plan', 'project']),
    subjectId: z.string(),
    itemId: z.string().nullable(),
    title: Localized.describe('the decision, plan or project'),
    itemTitle: Localized.nullable().describe('the plan item, for a report due'),
    deadline: z
      .string()
      .nullable()
      .describe('an instant (a decision) or a calendar date (a plan item); null when none is set'),
    overdue: z.boolean(),
    detail: z
      .record(z.string(), z.union([z.string(), z.number()]))
      .describe('procedure of a draft, percent reported, stage and items missing of a project'),
    demo: z.boolean(),
  })
  .meta({ id: 'Task' });
export type TaskDto = z.infer<typeof TaskDto>;

export const TasksQuery = z.strictObject({
  for: z
    .string()
    .regex(/^([A-Z]{2}|secretariat)$/)
    .optional()
    .describe('a state code the caller acts for, or "secretariat"; by default the caller\'s own inbox')
    .meta({ example: 'KZ' }),
});

export const TaskListDto = z
  .object({
    for: z.string().describe('the state code, or "secretariat"'),
    items: z.array(TaskDto),
  })
  .meta({ id: 'TaskList' });
export type TaskListDto = z.infer<typeof TaskListDto>;
