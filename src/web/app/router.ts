import { createRootRoute, createRoute, createRouter } from '@tanstack/react-router';
import type { StateStatus } from '../../contracts/states';
import { AuditPage } from '../modules/audit';
import { LoginPage } from '../modules/auth';
import {
  DecisionPage,
  DecisionsPage,
  isDecisionStatus,
  isProcedure,
  NewDecisionPage,
  type DecisionFilters,
} from '../modules/decisions';
import {
  DocumentPage,
  DocumentsPage,
  isInstrumentKind,
  isInstrumentStatus,
  isTopic,
  NewDocumentPage,
  type DocumentFilters,
} from '../modules/documents';
import { HomePage } from '../modules/home';
import { CalendarPage, isMeetingLevel, isMonth, MeetingPage, type MeetingFilters } from '../modules/meetings';
import { InboxPage } from '../modules/notifications';
import { NewPlanPage, PlanPage } from '../modules/plans';
import {
  isSector,
  isStage,
  NewProjectPage,
  OrganisationsPage,
  ProjectPage,
  ProjectsPage,
  type ProjectFilters,
} from '../modules/projects';
import { isStateStatus, StatePage, StatesPage } from '../modules/states';
import { NotFoundPage } from './NotFoundPage';
import { RootLayout } from './RootLayout';

const rootRoute = createRootRoute({ component: RootLayout, notFoundComponent: NotFoundPage });

const homeRoute = createRoute({ getParentRoute: () => rootRoute, path: '/', component: HomePage });

interface StatesSearch {
  status?: StateStatus;
}

/** A code from the address bar, when it has the shape of one: 'KZ', 'HSC'. */
function code(value: unknown, pattern: RegExp): string | undefined {
  return typeof value === 'string' && pattern.test(value.toUpperCase()) ? value.toUpperCase() : undefined;
}
const STATE_CODE = /^[A-Z]{2}$/;
const BODY_CODE = /^[A-Z]{2,10}$/;

/** Drops absent values, so that an unfiltered address stays clean ('/decisions', not '/decisions?status='). */
function defined<T extends object>(search: T): T {
  return Object.fromEntries(Object.entries(search).filter(([, v]) => v !== undefined)) as T;
}

/** The status filter lives in the URL so that a filtered list can be shared and survives reloads. */
const statesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/states',
  validateSearch: (search: Record<string, unknown>): StatesSearch =>
    isStateStatus(search.status) ? { status: search.status } : {},
  component: StatesPage,
});

const stateRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/states/$code',
  component: StatePage,
});

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
  component: DecisionsPage,
});

const newDecisionRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/decisions/new',
  component: NewDecisionPage,
});

const decisionRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/decisions/$id',
  component: DecisionPage,
});

interface CalendarSearch extends MeetingFilters {
  /** Month view unless 'list'. */
  view?: 'list';
  /** 'YYYY-MM'; the current month when absent. */
  month?: string;
}

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
  component: CalendarPage,
});

const meetingRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/meetings/$id',
  component: MeetingPage,
});

/** Search words from the address bar: trimmed, at most what the server accepts, absent when empty. */
function words(value: unknown): string | undefined {
  const q = typeof value === 'string' || typeof value === 'number' ? String(value).trim().slice(0, 200) : '';
  return q || undefined;
}

/** A year from the address bar ('2024' or 2024), within the range the server filters on. */
function year(value: unknown): number | undefined {
  const y = Number(value);
  return Number.isInteger(y) && y >= 1990 && y <= 2100 ? y : undefined;
}

/** The search words and filters live in the URL: a search can be shared, and Back returns to it. */
const documentsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/documents',
  validateSearch: (search: Record<string, unknown>): DocumentFilters =>
    defined({
      q: words(search.q),
      kind: isInstrumentKind(search.kind) ? search.kind : undefined,
      body: code(search.body, BODY_CODE),
      year: year(search.year),
      state: code(search.state, STATE_CODE),
      topic: isTopic(search.topic) ? search.topic : undefined,
      status: isInstrumentStatus(search.status) ? search.status : undefined,
    }),
  component: DocumentsPage,
});

const newDocumentRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/documents/new',
  component: NewDocumentPage,
});

const documentRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/documents/$id',
  component: DocumentPage,
});

const newPlanRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/documents/$id/plans/new',
  component: NewPlanPage,
});

const planRoute = createRoute({ getParentRoute: () => rootRoute, path: '/plans/$id', component: PlanPage });

/** The pipeline's filters live in the URL: a filtered board can be shared and survives reloads. */
const projectsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/projects',
  validateSearch: (search: Record<string, unknown>): ProjectFilters =>
    defined({
      stage: isStage(search.stage) ? search.stage : undefined,
      sector: isSector(search.sector) ? search.sector : undefined,
      country: code(search.country, STATE_CODE),
    }),
  component: ProjectsPage,
});

const newProjectRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/projects/new',
  component: NewProjectPage,
});

const projectRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/projects/$id',
  component: ProjectPage,
});

const organisationsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/organisations',
  component: OrganisationsPage,
});

const inboxRoute = createRoute({ getParentRoute: () => rootRoute, path: '/inbox', component: InboxPage });

const loginRoute = createRoute({ getParentRoute: () => rootRoute, path: '/login', component: LoginPage });

const auditRoute = createRoute({ getParentRoute: () => rootRoute, path: '/audit', component: AuditPage });

const routeTree = rootRoute.addChildren([
  homeRoute,
  statesRoute,
  stateRoute,
  decisionsRoute,
  newDecisionRoute,
  decisionRoute,
  calendarRoute,
  meetingRoute,
  documentsRoute,
  newDocumentRoute,
  documentRoute,
  newPlanRoute,
  planRoute,
  projectsRoute,
  newProjectRoute,
  projectRoute,
  organisationsRoute,
  inboxRoute,
  loginRoute,
  auditRoute,
]);

export const router = createRouter({ routeTree, scrollRestoration: true });

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
