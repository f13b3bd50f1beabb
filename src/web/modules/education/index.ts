/** The education module's public door: the SCO University network, grant calls and the applicant's page. */
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '../../app/rootRoute';
import { defineWebModule } from '../../app/webModule';

const networkRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/education',
  component: lazyRouteComponent(() => import('./pages/NetworkPage'), 'NetworkPage'),
});
const callRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/education/calls/$id',
  component: lazyRouteComponent(() => import('./pages/CallPage'), 'CallPage'),
});
const applicantRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/education/me',
  component: lazyRouteComponent(() => import('./pages/ApplicantPage'), 'ApplicantPage'),
});

export const educationModule = defineWebModule({
  name: 'education',
  routes: [networkRoute, callRoute, applicantRoute],
  nav: [{ to: '/education', label: 'education:nav' }],
  namespaces: ['education'],
});
