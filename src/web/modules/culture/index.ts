/** The culture module's public door for the rest of the web app. */
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '../../app/rootRoute';
import { defineWebModule } from '../../app/webModule';

// Pages load on first visit, so that the app's first download stays small.

const programmesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/culture',
  component: lazyRouteComponent(() => import('./pages/CulturePage'), 'CulturePage'),
});
const designationsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/culture/designations',
  component: lazyRouteComponent(() => import('./pages/DesignationsPage'), 'DesignationsPage'),
});
const designationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/culture/designations/$id',
  component: lazyRouteComponent(() => import('./pages/DesignationPage'), 'DesignationPage'),
});
const capitalsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/culture/capitals',
  component: lazyRouteComponent(() => import('./pages/CapitalsPage'), 'CapitalsPage'),
});
const nominationsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/culture/nominations',
  component: lazyRouteComponent(() => import('./pages/NominationsPage'), 'NominationsPage'),
});
const nominationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/culture/nominations/$id',
  component: lazyRouteComponent(() => import('./pages/NominationPage'), 'NominationPage'),
});

export const cultureModule = defineWebModule({
  name: 'culture',
  routes: [
    programmesRoute,
    designationsRoute,
    designationRoute,
    capitalsRoute,
    nominationsRoute,
    nominationRoute,
  ],
  nav: [{ to: '/culture', label: 'culture:nav' }],
  namespaces: ['culture'],
});
