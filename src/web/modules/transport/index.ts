/** The transport module's public door for the rest of the web app. */
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '../../app/rootRoute';
import { defineWebModule } from '../../app/webModule';
import { defined } from '../../ui/searchParams';
import type { PlannerSearch } from './api/transportApi';

// Pages load on first visit, so that the app's first download stays small.

const transportRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/transport',
  component: lazyRouteComponent(() => import('./pages/TransportPage'), 'TransportPage'),
});

const nodeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/transport/nodes/$id',
  component: lazyRouteComponent(() => import('./pages/NodePage'), 'NodePage'),
});

const corridorRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/transport/corridors/$id',
  component: lazyRouteComponent(() => import('./pages/CorridorPage'), 'CorridorPage'),
});

const text = (v: unknown) => (typeof v === 'string' && v.length <= 1000 ? v : undefined);
const CRITERIA = ['time', 'cost', 'co2', 'pareto'] as const;

/**
 * The planner's question lives in the URL, so that an answer can be shared. Values are taken as
 * given: the planner checks them and names a wrong one at its field.
 */
const plannerRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/transport/planner',
  validateSearch: (s: Record<string, unknown>): PlannerSearch =>
    defined({
      from: text(s.from),
      to: text(s.to),
      criterion: CRITERIA.find((c) => c === s.criterion),
      avoid: text(s.avoid),
      include: s.include === 'planned' ? ('planned' as const) : undefined,
      cargo: text(s.cargo),
      tonnesPerTeu: typeof s.tonnesPerTeu === 'number' ? s.tonnesPerTeu : text(s.tonnesPerTeu),
    }),
  component: lazyRouteComponent(() => import('./pages/PlannerPage'), 'PlannerPage'),
});

const partnersRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/transport/partners',
  component: lazyRouteComponent(() => import('./pages/PartnersPage'), 'PartnersPage'),
});

export const transportModule = defineWebModule({
  name: 'transport',
  routes: [transportRoute, nodeRoute, corridorRoute, plannerRoute, partnersRoute],
  nav: [{ to: '/transport', label: 'transport:nav' }],
  namespaces: ['transport'],
});
