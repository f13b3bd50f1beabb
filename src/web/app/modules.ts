/**
 * The web app's modules, one line each. The router, the main navigation (in this order), the i18n
 * resources and scripts/i18n-check.ts read everything else from each module's manifest.
 */
import { auditModule } from '../modules/audit';
import { authModule } from '../modules/auth';
import { cbmModule } from '../modules/cbm';
import { circulationModule } from '../modules/circulation';
import { cultureModule } from '../modules/culture';
import { cyberModule } from '../modules/cyber';
import { decisionsModule } from '../modules/decisions';
import { documentsModule } from '../modules/documents';
import { educationModule } from '../modules/education';
import { environmentModule } from '../modules/environment';
import { homeModule } from '../modules/home';
import { jobsModule } from '../modules/jobs';
import { meetingsModule } from '../modules/meetings';
import { notificationsModule } from '../modules/notifications';
import { plansModule } from '../modules/plans';
import { projectsModule } from '../modules/projects';
import { regimesModule } from '../modules/regimes';
import { secretariatModule } from '../modules/secretariat';
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
  regimesModule,
  environmentModule,
  cultureModule,
  educationModule,
  cyberModule,
  cbmModule,
  tasksModule,
  circulationModule,
  secretariatModule,
  notificationsModule,
  authModule,
  auditModule,
  jobsModule,
] as const;
