import type { ModuleDefinition } from '../core/module';
import { circulationModule } from './circulation';
import { cyberModule } from './cyber';
import { decisionsModule } from './decisions';
import { documentsModule } from './documents';
import { educationModule } from './education';
import { financeModule } from './finance';
import { meetingsModule } from './meetings';
import { notificationsModule } from './notifications';
import { plansModule } from './plans';
import { projectsModule } from './projects';
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
  circulationModule,
  educationModule,
];
