/** The jobs module's public door: the Secretariat's page of parked event deliveries. */
import { createRoute } from '@tanstack/react-router';
import { rootRoute } from '../../app/rootRoute';
import { defineWebModule } from '../../app/webModule';
import { ParkedPage } from './pages/ParkedPage';

const parkedRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/jobs/parked',
  component: ParkedPage,
});

export const jobsModule = defineWebModule({
  name: 'jobs',
  routes: [parkedRoute],
  nav: [{ to: '/jobs/parked', label: 'jobs:nav', audience: 'secretariat' }],
  namespaces: ['jobs'],
});
