import { defineModule } from '../../core/module';
import { tasksRoutes } from './tasks.routes';

/** A delegation's or the Secretariat's work still to do, gathered from the modules that ask for it. */
export const tasksModule = defineModule({
  name: 'tasks',
  dependsOn: ['decisions', 'plans', 'projects'],
  permissions: {},
  migrations: {},
  routes: tasksRoutes,
});
export { listTasks } from './tasks.service';
