/** The circulation module's public door: the Secretariat's desk and the focal points' inbox. */
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '../../app/rootRoute';
import { defineWebModule } from '../../app/webModule';

const circulationsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/circulations',
  component: lazyRouteComponent(() => import('./pages/CirculationsPage'), 'CirculationsPage'),
});
const circulationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/circulations/$id',
  component: lazyRouteComponent(() => import('./pages/CirculationPage'), 'CirculationPage'),
});

export const circulationModule = defineWebModule({
  name: 'circulation',
  routes: [circulationsRoute, circulationRoute],
  nav: [{ to: '/circulations', label: 'circulation:nav', audience: 'signedIn' }],
  namespaces: ['circulation'],
  recordPages: { circulation: (id) => `/circulations/${id}` },
});
