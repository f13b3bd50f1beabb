/** The plans module's public door for the rest of the web app: implementation plans of instruments. */
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '../../app/rootRoute';
import { defineWebModule } from '../../app/webModule';
import { INSTRUMENT_SECTIONS } from '../documents';
import { InstrumentPlans } from './components/InstrumentPlans';

// Pages load on first visit, so that the app's first download stays small.
const newPlanRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/documents/$id/plans/new',
  component: lazyRouteComponent(() => import('./pages/NewPlanPage'), 'NewPlanPage'),
});

const plansRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/plans',
  component: lazyRouteComponent(() => import('./pages/PlansPage'), 'PlansPage'),
});

const planRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/plans/$id',
  component: lazyRouteComponent(() => import('./pages/PlanPage'), 'PlanPage'),
});

export const plansModule = defineWebModule({
  name: 'plans',
  routes: [newPlanRoute, plansRoute, planRoute],
  nav: [{ to: '/plans', label: 'plans:nav' }],
  namespaces: ['plans'],
  recordPages: { plan: (id) => `/plans/${id}` },
  // An instrument's page lists its plans; documents renders the slot without knowing plans.
  contributes: { [INSTRUMENT_SECTIONS]: InstrumentPlans },
});
