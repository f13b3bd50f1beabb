import { defineModule } from '../../core/module';
import { seedDemoAccounts } from './users.demo';
import { usersRoutes } from './users.routes';

/** Administration of users and their mandates; the identity tables themselves belong to the kernel. */
export const usersModule = defineModule({
  name: 'users',
  dependsOn: ['states'],
  permissions: {},
  migrations: {},
  routes: usersRoutes,
  demo: seedDemoAccounts,
});
