/** The projects module's public door for the rest of the web app. */
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '../../app/rootRoute';
import { defineWebModule } from '../../app/webModule';
import { code, defined, STATE_CODE } from '../../ui/searchParams';
import type { ProjectFilters } from './api/projectsApi';
import { isSector, isStage } from './components/projectValues';

// Pages load on first visit, so that the app's first download stays small.

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
  component: lazyRouteComponent(() => import('./pages/ProjectsPage'), 'ProjectsPage'),
});

const newProjectRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/projects/new',
  component: lazyRouteComponent(() => import('./pages/NewProjectPage'), 'NewProjectPage'),
});

const projectRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/projects/$id',
  component: lazyRouteComponent(() => import('./pages/ProjectPage'), 'ProjectPage'),
});

const organisationsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/organisations',
  component: lazyRouteComponent(() => import('./pages/OrganisationsPage'), 'OrganisationsPage'),
});

export const projectsModule = defineWebModule({
  name: 'projects',
  routes: [projectsRoute, newProjectRoute, projectRoute, organisationsRoute],
  nav: [
    { to: '/projects', label: 'projects:nav' },
    { to: '/organisations', label: 'projects:organisations.nav' },
  ],
  namespaces: ['projects'],
  recordPages: { project: (id) => `/projects/${id}` },
});
