/** The decisions module's public door for the rest of the web app. */
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '../../app/rootRoute';
import { defineWebModule } from '../../app/webModule';
import { BODY_CODE, code, defined, STATE_CODE } from '../../ui/searchParams';
import type { DecisionFilters } from './api/decisionsApi';
import { isDecisionStatus, isProcedure } from './components/decisionValues';

export { DecisionStatusBadge } from './components/DecisionStatusBadge';

// Pages load on first visit, so that the app's first download stays small.
const decisionsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/decisions',
  validateSearch: (search: Record<string, unknown>): DecisionFilters =>
    defined({
      status: isDecisionStatus(search.status) ? search.status : undefined,
      body: code(search.body, BODY_CODE),
      procedure: isProcedure(search.procedure) ? search.procedure : undefined,
      state: code(search.state, STATE_CODE),
    }),
  component: lazyRouteComponent(() => import('./pages/DecisionsPage'), 'DecisionsPage'),
});

const newDecisionRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/decisions/new',
  component: lazyRouteComponent(() => import('./pages/NewDecisionPage'), 'NewDecisionPage'),
});

const decisionRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/decisions/$id',
  component: lazyRouteComponent(() => import('./pages/DecisionPage'), 'DecisionPage'),
});

export const decisionsModule = defineWebModule({
  name: 'decisions',
  routes: [decisionsRoute, newDecisionRoute, decisionRoute],
  nav: [{ to: '/decisions', label: 'decisions:nav' }],
  namespaces: ['decisions'],
  recordPages: { decision: (id) => `/decisions/${id}` },
});
