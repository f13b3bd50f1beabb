/** The plans module's public door for the rest of the web app: implementation plans of instruments. */
import { lazyRouteComponent } from '@tanstack/react-router';

// The page loads on first visit, so that the app's first download stays small.
export const PlanPage = lazyRouteComponent(() => import('./pages/PlanPage'), 'PlanPage');
export { InstrumentPlans } from './components/InstrumentPlans';
