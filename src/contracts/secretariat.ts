import { z } from 'zod';
import { Localized, StateCode } from './common';

/**
 * One line of the Secretariat's dashboard, contributed by the module that owns its subject. `section`
 * groups lines on the page; a module that plugs in later (nominations, CBM deadlines) brings its own.
 */
export const DashboardLine = z
  .object({
    section: z
      .string()
      .describe('procedures, circulations, plans, projects, feeds, or a section another module adds'),
    title: Localized,
    href: z.string().describe("the web app's page where the line is dealt with"),
    state: StateCode.nullable().describe('the state the line is about, when it is about one'),
    deadline: z.string().nullable().describe('an instant or a calendar date'),
    overdue: z.boolean(),
    detail: z.record(z.string(), z.union([z.string(), z.number()])),
    demo: z.boolean(),
  })
  .meta({ id: 'DashboardLine' });
export type DashboardLine = z.infer<typeof DashboardLine>;

export const DashboardDto = z
  .object({ lines: z.array(DashboardLine).describe('by section, then soonest deadline first') })
  .meta({ id: 'SecretariatDashboard' });
export type DashboardDto = z.infer<typeof DashboardDto>;
