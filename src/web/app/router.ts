import { createRootRoute, createRoute, createRouter } from '@tanstack/react-router';
import type { StateStatus } from '../../contracts/states';
import { AuditPage } from '../modules/audit';
import { LoginPage } from '../modules/auth';
import { HomePage } from '../modules/home';
import { isStateStatus, StatePage, StatesPage } from '../modules/states';
import { NotFoundPage } from './NotFoundPage';
import { RootLayout } from './RootLayout';

const rootRoute = createRootRoute({ component: RootLayout, notFoundComponent: NotFoundPage });

const homeRoute = createRoute({ getParentRoute: () => rootRoute, path: '/', component: HomePage });

interface StatesSearch {
  status?: StateStatus;
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

const loginRoute = createRoute({ getParentRoute: () => rootRoute, path: '/login', component: LoginPage });

const auditRoute = createRoute({ getParentRoute: () => rootRoute, path: '/audit', component: AuditPage });

const routeTree = rootRoute.addChildren([homeRoute, statesRoute, stateRoute, loginRoute, auditRoute]);

export const router = createRouter({ routeTree, scrollRestoration: true });

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
