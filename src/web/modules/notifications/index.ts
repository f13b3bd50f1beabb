/** The notifications module's public door for the rest of the web app. */
import { lazyRouteComponent } from '@tanstack/react-router';

// The page loads on first visit; the unread badge in the header is always there.
export const InboxPage = lazyRouteComponent(() => import('./pages/InboxPage'), 'InboxPage');
export { UnreadBadge } from './components/UnreadBadge';
