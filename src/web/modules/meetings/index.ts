/** The meetings module's public door for the rest of the web app: the calendar, meeting pages and the Secretariat's meeting forms. */
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '../../app/rootRoute';
import { defineWebModule } from '../../app/webModule';
import { BODY_CODE, code, defined, STATE_CODE } from '../../ui/searchParams';
import type { MeetingFilters } from './api/meetingsApi';
import { isMeetingLevel } from './components/meetingValues';
import { isMonth } from './components/monthGrid';

interface CalendarSearch extends MeetingFilters {
  /** Month view unless 'list'. */
  view?: 'list';
  /** 'YYYY-MM'; the current month when absent. */
  month?: string;
}

// Pages load on first visit, so that the app's first download stays small.

/** The view, the month and the filters live in the URL: a calendar page can be shared as it is seen. */
const calendarRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/calendar',
  validateSearch: (search: Record<string, unknown>): CalendarSearch =>
    defined({
      view: search.view === 'list' ? 'list' : undefined,
      month: isMonth(search.month) ? search.month : undefined,
      body: code(search.body, BODY_CODE),
      level: isMeetingLevel(search.level) ? search.level : undefined,
      state: code(search.state, STATE_CODE),
    }),
  component: lazyRouteComponent(() => import('./pages/CalendarPage'), 'CalendarPage'),
});

const newMeetingRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/meetings/new',
  component: lazyRouteComponent(() => import('./pages/NewMeetingPage'), 'NewMeetingPage'),
});

const editMeetingRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/meetings/$id/edit',
  component: lazyRouteComponent(() => import('./pages/EditMeetingPage'), 'EditMeetingPage'),
});

const meetingRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/meetings/$id',
  component: lazyRouteComponent(() => import('./pages/MeetingPage'), 'MeetingPage'),
});

export const meetingsModule = defineWebModule({
  name: 'meetings',
  routes: [calendarRoute, newMeetingRoute, meetingRoute, editMeetingRoute],
  nav: [{ to: '/calendar', label: 'meetings:nav' }],
  namespaces: ['meetings'],
  recordPages: { meeting: (id) => `/meetings/${id}` },
});
