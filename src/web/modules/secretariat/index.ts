/** The Secretariat dashboard: one page across the modules for the Secretary-General and officers. */
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '../../app/rootRoute';
import { defineWebModule } from '../../app/webModule';

const dashboardRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/secretariat',
  component: lazyRouteComponent(() => import('./pages/DashboardPage'), 'DashboardPage'),
});

export const secretariatModule = defineWebModule({
  name: 'secretariat',
  routes: [dashboardRoute],
  nav: [{ to: '/secretariat', label: 'secretariat:nav', audience: 'secretariat' }],
  namespaces: ['secretariat'],
});
