import { SECRETARIAT_ROLES } from '../../core/auth/actor';
import { defineModule } from '../../core/module';
import { secretariatRoutes } from './secretariat.routes';

/** The Secretary-General's and officers' dashboard across the modules; owns no tables. */
export const secretariatModule = defineModule({
  name: 'secretariat',
  dependsOn: ['circulation', 'cyber', 'decisions', 'tasks'],
  permissions: { 'secretariat.dashboard.read': SECRETARIAT_ROLES },
  migrations: {},
  routes: secretariatRoutes,
});
