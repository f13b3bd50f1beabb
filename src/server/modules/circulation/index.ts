import { SECRETARIAT_ROLES } from '../../core/auth/actor';
import { defineModule } from '../../core/module';
import { getDecision } from '../decisions';
import { getInstrument } from '../documents';
import { circulationMigrations } from './migrations';
import { reminderJob } from './circulation.reminders';
import { circulationRoutes } from './circulation.routes';
import { defineSubjectKind } from './circulation.subjects';

/**
 * Circulation of records to the member states' focal points, with receipts, replies, deadlines in each
 * state's zone and reminders (ADR 0068, 0120). Other modules circulate through `circulate` inside their
 * own transaction and read the matrix through `readCirculation`.
 */
export const circulationModule = defineModule({
  name: 'circulation',
  dependsOn: ['documents', 'decisions', 'meetings'],
  permissions: {
    'circulation.circulation.create': SECRETARIAT_ROLES,
    'circulation.receipt.record': ['national_coordinator'],
  },
  migrations: circulationMigrations,
  routes: circulationRoutes,
  jobs: [reminderJob],
});

defineSubjectKind('document', {
  resolve: async (kernel, actor, id) => ({ title: (await getInstrument(kernel, actor, id)).title }),
});
defineSubjectKind('decision', {
  resolve: async (kernel, actor, id) => ({ title: (await getDecision(kernel, actor, id)).title }),
});

export {
  acknowledge,
  circulate,
  hasActed,
  readCirculation,
  recordOpened,
  reply,
  summarizeCirculations,
  type CirculateInput,
  type CirculationDeps,
} from './circulation.service';
export { defineSubjectKind, type SubjectKind } from './circulation.subjects';
export { CirculationErrors } from './circulation.errors';
