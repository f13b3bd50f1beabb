import type { ModuleDefinition } from '../core/module';
import { cbmModule } from './cbm';
import { circulationModule } from './circulation';
import { cultureModule } from './culture';
import { cyberModule } from './cyber';
import { decisionsModule } from './decisions';
import { documentsModule } from './documents';
import { educationModule } from './education';
import { environmentModule } from './environment';
import { financeModule } from './finance';
import { meetingsModule } from './meetings';
import { notificationsModule } from './notifications';
import { plansModule } from './plans';
import { projectsModule } from './projects';
import { regimesModule } from './regimes';
import { secretariatModule } from './secretariat';
import { statesModule } from './states';
import { tasksModule } from './tasks';
import { transportModule } from './transport';
import { usersModule } from './users';

/** Every module of the platform. Order does not matter: the kernel sorts them by their dependencies. */
export const modules: ModuleDefinition[] = [
  statesModule,
  usersModule,
  decisionsModule,
  notificationsModule,
  meetingsModule,
  documentsModule,
  plansModule,
  financeModule,
  projectsModule,
  cyberModule,
  transportModule,
  tasksModule,
  cbmModule,
  environmentModule,
  circulationModule,
  secretariatModule,
  regimesModule,
  cultureModule,
  educationModule,
];
