import { SECRETARIAT_ROLES } from '../../core/auth/actor';
import { defineModule } from '../../core/module';
import { applyPendingEditions } from './editions.service';
import { seedEnvironmentDemo } from './environment.demo';
import { environmentRoutes } from './environment.routes';
import { environmentMigrations } from './migrations';
import { seedWaterBodies } from './water.service';

/**
 * Environment and water (issue 13): the reviewed registry of water-saving and environmental
 * technologies after WOCAT's questionnaire, and the inland water bodies with sourced indicator series.
 */
export const environmentModule = defineModule({
  name: 'environment',
  dependsOn: ['plans', 'projects'],
  permissions: {
    // State-scoped in the service: a compiler writes their own state's entries.
    'environment.technology.compile': ['national_coordinator', 'delegate', ...SECRETARIAT_ROLES],
    'environment.technology.submit': ['national_coordinator'],
    'environment.technology.publish': SECRETARIAT_ROLES,
    // The panel checks that the expert is the assignee; conflicts are computed and declared there.
    'environment.technology.review': ['national_coordinator', 'delegate'],
    'environment.water.record': SECRETARIAT_ROLES,
  },
  migrations: environmentMigrations,
  routes: environmentRoutes,
  seed: async (kernel) => {
    await applyPendingEditions(kernel);
    await seedWaterBodies(kernel);
  },
  demo: seedEnvironmentDemo,
});
