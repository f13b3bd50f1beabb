/** The tasks module's public door: what the user's state or the Secretariat must do. */
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '../../app/rootRoute';
import { defineWebModule } from '../../app/webModule';

const tasksRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/tasks',
  component: lazyRouteComponent(() => import('./pages/TasksPage'), 'TasksPage'),
});

export const tasksModule = defineWebModule({
  name: 'tasks',
  routes: [tasksRoute],
  nav: [{ to: '/tasks', label: 'tasks:nav', audience: 'signedIn' }],
  namespaces: ['tasks'],
});
