/** The transport module's public door for the rest of the web app. */
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '../../app/rootRoute';
import { defineWebModule } from '../../app/webModule';

const transportRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/transport',
  component: lazyRouteComponent(() => import('./pages/TransportPage'), 'TransportPage'),
});

export const transportModule = defineWebModule({
  name: 'transport',
  routes: [transportRoute],
  nav: [{ to: '/transport', label: 'transport:nav' }],
  namespaces: ['transport'],
});
