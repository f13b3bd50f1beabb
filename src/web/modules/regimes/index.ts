/** The regimes module's public door for the rest of the web app. */
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '../../app/rootRoute';
import { defineWebModule } from '../../app/webModule';

// Pages load on first visit, so that the app's first download stays small.

const regimesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/regimes',
  component: lazyRouteComponent(() => import('./pages/RegimesPage'), 'RegimesPage'),
});

const visaRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/regimes/visa-matrix',
  component: lazyRouteComponent(() => import('./pages/VisaMatrixPage'), 'VisaMatrixPage'),
});

const importRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/regimes/import',
  component: lazyRouteComponent(() => import('./pages/ImportPage'), 'ImportPage'),
});

const regimeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/regimes/$code',
  component: lazyRouteComponent(() => import('./pages/RegimePage'), 'RegimePage'),
});

export const regimesModule = defineWebModule({
  name: 'regimes',
  routes: [regimesRoute, visaRoute, importRoute, regimeRoute],
  nav: [{ to: '/regimes', label: 'regimes:nav' }],
  namespaces: ['regimes'],
});
