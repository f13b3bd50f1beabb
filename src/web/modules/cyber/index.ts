/** The cyber exchange's web pages: here, the Secretariat's page of feeds from member CERTs. */
import { createRoute } from '@tanstack/react-router';
import { rootRoute } from '../../app/rootRoute';
import { defineWebModule } from '../../app/webModule';
import { FeedsPage } from './pages/FeedsPage';

const feedsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/cyber/feeds',
  component: FeedsPage,
});

export const cyberModule = defineWebModule({
  name: 'cyber',
  routes: [feedsRoute],
  namespaces: ['cyberFeeds'],
});
