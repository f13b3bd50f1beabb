/**
 * The web app's modules, one line each. The router, the main navigation (in this order), the i18n
 * resources and scripts/i18n-check.ts read everything else from each module's manifest.
 */
import { auditModule } from '../modules/audit';
import { authModule } from '../modules/auth';
import { cyberModule } from '../modules/cyber';
import { decisionsModule } from '../modules/decisions';
import { documentsModule } from '../modules/documents';
import { educationModule } from '../modules/education';
import { homeModule } from '../modules/home';
import { jobsModule } from '../modules/jobs';
import { meetingsModule } from '../modules/meetings';
import { notificationsModule } from '../modules/notifications';
import { plansModule } from '../modules/plans';
import { projectsModule } from '../modules/projects';
import { statesModule } from '../modules/states';
import { tasksModule } from '../modules/tasks';
import { transportModule } from '../modules/transport';

export const webModules = [
  homeModule,
  statesModule,
  decisionsModule,
  meetingsModule,
  documentsModule,
  plansModule,
  projectsModule,
  transportModule,
  educationModule,
  cyberModule,
  tasksModule,
  notificationsModule,
  authModule,
  auditModule,
  jobsModule,
] as const;
