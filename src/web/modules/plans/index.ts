/** The plans module's public door for the rest of the web app: implementation plans of instruments. */
import { lazyRouteComponent } from '@tanstack/react-router';

// Pages load on first visit, so that the app's first download stays small.
export const PlanPage = lazyRouteComponent(() => import('./pages/PlanPage'), 'PlanPage');
export const NewPlanPage = lazyRouteComponent(() => import('./pages/NewPlanPage'), 'NewPlanPage');
export { InstrumentPlans } from './components/InstrumentPlans';
