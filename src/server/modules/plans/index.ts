import { SECRETARIAT_ROLES } from '../../core/auth/actor';
import { defineModule } from '../../core/module';
import { plansMigrations } from './migrations';
import { seedDemoPlan } from './plans.demo';
import { plansRoutes } from './plans.routes';

export const plansModule = defineModule({
  name: 'plans',
  dependsOn: ['documents', 'states'],
  permissions: {
    'plans.plan.create': SECRETARIAT_ROLES,
    'plans.report.submit': ['national_coordinator', 'delegate'],
    'plans.reminder.send': SECRETARIAT_ROLES,
  },
  migrations: plansMigrations,
  routes: plansRoutes,
  demo: seedDemoPlan,
});

export { createPlan, getPlan, listPlans } from './plans.service';
export { findPlanItems, type PlanItemRef, type PlanItemSummary } from './items.query';
export { listPlanTasks } from './tasks.query';
