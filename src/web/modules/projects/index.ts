/** The projects module's public door for the rest of the web app. */
import { lazyRouteComponent } from '@tanstack/react-router';

// Pages load on first visit, so that the app's first download stays small.
export const ProjectsPage = lazyRouteComponent(() => import('./pages/ProjectsPage'), 'ProjectsPage');
export const ProjectPage = lazyRouteComponent(() => import('./pages/ProjectPage'), 'ProjectPage');
export const NewProjectPage = lazyRouteComponent(() => import('./pages/NewProjectPage'), 'NewProjectPage');
export const OrganisationsPage = lazyRouteComponent(
  () => import('./pages/OrganisationsPage'),
  'OrganisationsPage',
);
export { isSector, isStage } from './components/projectValues';
export type { ProjectFilters } from './api/projectsApi';
