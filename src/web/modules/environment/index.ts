/** The environment module's public door: the technology registry and the inland water bodies. */
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '../../app/rootRoute';
import { defineWebModule } from '../../app/webModule';

const registryRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/environment',
  component: lazyRouteComponent(() => import('./pages/TechnologiesPage'), 'TechnologiesPage'),
});

const technologyRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/environment/technologies/$code',
  validateSearch: (s: Record<string, unknown>): { version?: number } =>
    typeof s.version === 'number' && Number.isInteger(s.version) ? { version: s.version } : {},
  component: lazyRouteComponent(() => import('./pages/TechnologyPage'), 'TechnologyPage'),
});

const waterBodiesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/environment/water-bodies',
  component: lazyRouteComponent(() => import('./pages/WaterBodiesPage'), 'WaterBodiesPage'),
});

const waterBodyRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/environment/water-bodies/$id',
  component: lazyRouteComponent(() => import('./pages/WaterBodyPage'), 'WaterBodyPage'),
});

export const environmentModule = defineWebModule({
  name: 'environment',
  routes: [registryRoute, technologyRoute, waterBodiesRoute, waterBodyRoute],
  nav: [{ to: '/environment', label: 'environment:nav' }],
  namespaces: ['environment'],
});
