/** The CBM desk's public door: for defence contacts and designated Secretariat officers only. */
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '../../app/rootRoute';
import { defineWebModule } from '../../app/webModule';

const cbmRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/cbm',
  component: lazyRouteComponent(() => import('./pages/CbmDeskPage'), 'CbmDeskPage'),
});

export const cbmModule = defineWebModule({
  name: 'cbm',
  routes: [cbmRoute],
  nav: [{ to: '/cbm', label: 'cbm:nav', audience: 'defenceContact' }],
  namespaces: ['cbm'],
});
