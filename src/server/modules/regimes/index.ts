import { SECRETARIAT_ROLES } from '../../core/auth/actor';
import { defineModule } from '../../core/module';
import { importJob } from './imports.service';
import { regimesMigrations } from './migrations';
import { seedRegimesDemo } from './regimes.demo';
import { regimesRoutes } from './regimes.routes';

/**
 * The states' special regimes (issue 13 pt 3): economic zones, tax regimes, customs simplifications
 * and visa regimes, every value with its source, a status history in I-TIP's terms, the stock ("in
 * force on D") and the flow ("changed between D1 and D2"), a visa matrix, and CSV import and export.
 */
export const regimesModule = defineModule({
  name: 'regimes',
  dependsOn: ['states'],
  permissions: {
    // State-scoped: a coordinator records their own state's regimes (checked in the service).
    'regimes.regime.write': ['national_coordinator', ...SECRETARIAT_ROLES],
    'regimes.import.run': SECRETARIAT_ROLES,
  },
  migrations: regimesMigrations,
  routes: regimesRoutes,
  demo: seedRegimesDemo,
  jobs: [importJob],
});

export { RegimesErrors } from './regimes.errors';
