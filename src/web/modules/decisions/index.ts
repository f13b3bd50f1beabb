/** The decisions module's public door for the rest of the web app. */
import { lazyRouteComponent } from '@tanstack/react-router';

// Pages load on first visit, so that the app's first download stays small.
export const DecisionsPage = lazyRouteComponent(() => import('./pages/DecisionsPage'), 'DecisionsPage');
export const DecisionPage = lazyRouteComponent(() => import('./pages/DecisionPage'), 'DecisionPage');
export const NewDecisionPage = lazyRouteComponent(() => import('./pages/NewDecisionPage'), 'NewDecisionPage');
export { DecisionStatusBadge } from './components/DecisionStatusBadge';
export { isDecisionStatus, isProcedure } from './components/decisionValues';
export type { DecisionFilters } from './api/decisionsApi';
