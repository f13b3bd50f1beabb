import { defineModule } from '../../core/module';
import { cbmJobs } from './cbm.jobs';
import { seedCbmDemo } from './cbm.demo';
import { cbmRoutes } from './cbm.routes';
import { cbmMigrations } from './migrations';
import { seedRuleSets } from './rule-sets.service';

/**
 * Military confidence-building measures (issue 14 points 2-4, ADR 0069 and 0124): rule sets as data,
 * declarations and the obligations computed from them, numbered messages on their clocks, the yearly
 * exchange and calendar. Only defence contacts and designated Secretariat officers know it exists: its
 * routes answer everyone else 404, it grants no permission through the registry (that would show in
 * the API description as a 403), and its audit entries are left out of everyone else's audit views.
 */
export const cbmModule = defineModule({
  name: 'cbm',
  dependsOn: ['documents', 'states'],
  permissions: {},
  migrations: cbmMigrations,
  routes: cbmRoutes,
  seed: seedRuleSets,
  demo: seedCbmDemo,
  jobs: cbmJobs,
  auditAudience: [{ actionPrefix: 'cbm.', roles: ['defence_contact'] }],
});
