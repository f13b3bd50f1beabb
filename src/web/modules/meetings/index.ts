/** The meetings module's public door for the rest of the web app: the calendar and meeting pages. */
import { lazyRouteComponent } from '@tanstack/react-router';

// Pages load on first visit, so that the app's first download stays small.
export const CalendarPage = lazyRouteComponent(() => import('./pages/CalendarPage'), 'CalendarPage');
export const MeetingPage = lazyRouteComponent(() => import('./pages/MeetingPage'), 'MeetingPage');
export { isMeetingLevel } from './components/meetingValues';
export { isMonth } from './components/monthGrid';
export type { MeetingFilters } from './api/meetingsApi';
