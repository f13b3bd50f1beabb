/** The notifications module's public door for the rest of the web app. */
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '../../app/rootRoute';
import { defineWebModule } from '../../app/webModule';
import { UnreadBadge } from './components/UnreadBadge';

// The page loads on first visit; the unread badge in the header is always there.
const inboxRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/inbox',
  component: lazyRouteComponent(() => import('./pages/InboxPage'), 'InboxPage'),
});

export const notificationsModule = defineWebModule({
  name: 'notifications',
  routes: [inboxRoute],
  nav: [{ to: '/inbox', label: 'notifications:nav', audience: 'signedIn', badge: UnreadBadge }],
  namespaces: ['notifications'],
});
