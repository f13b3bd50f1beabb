import { SECRETARIAT_ROLES } from '../../core/auth/actor';
import { defineModule } from '../../core/module';
import { decisionsMigrations } from './migrations';
import { decisionsRoutes } from './decisions.routes';
import { seedDemoDecisions } from './decisions.demo';
import { decisionJobs } from './decisions.jobs';

export const decisionsModule = defineModule({
  name: 'decisions',
  dependsOn: ['states'],
  permissions: {
    'decisions.decision.create': SECRETARIAT_ROLES,
    'decisions.decision.manage': SECRETARIAT_ROLES,
    'decisions.position.record': ['national_coordinator', 'delegate'],
  },
  migrations: decisionsMigrations,
  routes: decisionsRoutes,
  demo: seedDemoDecisions,
  jobs: decisionJobs,
});

export { DecisionErrors } from './decisions.errors';
export { createDecision, getDecision, listMeetingDecisions } from './decisions.service';
export { listDecisionTasks } from './tasks.query';
export { listDecisionDashboardLines } from './dashboard.query';
