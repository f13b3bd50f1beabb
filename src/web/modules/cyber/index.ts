/** The cyber exchange's web pages: the best-practices library and the Secretariat's page of feeds from member CERTs. */
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '../../app/rootRoute';
import { defineWebModule } from '../../app/webModule';
import { code, defined, STATE_CODE, words } from '../../ui/searchParams';
import type { PracticeFilters } from './api/practices';

const TAG = /^[a-z0-9][a-z0-9-]{0,39}$/;

/** The library's filters live in the URL: a filtered list can be shared and survives reloads. */
const practicesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/cyber/practices',
  validateSearch: (search: Record<string, unknown>): PracticeFilters =>
    defined({
      q: words(search.q),
      tag: typeof search.tag === 'string' && TAG.test(search.tag) ? search.tag : undefined,
      state: code(search.state, STATE_CODE),
      adoptedBy: code(search.adoptedBy, STATE_CODE),
      marking: search.marking === 'clear' || search.marking === 'green' ? search.marking : undefined,
    }),
  component: lazyRouteComponent(() => import('./pages/PracticesPage'), 'PracticesPage'),
});

const practiceRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/cyber/practices/$id',
  component: lazyRouteComponent(() => import('./pages/PracticePage'), 'PracticePage'),
});

const feedsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/cyber/feeds',
  component: lazyRouteComponent(() => import('./pages/FeedsPage'), 'FeedsPage'),
});

export const cyberModule = defineWebModule({
  name: 'cyber',
  routes: [practicesRoute, practiceRoute, feedsRoute],
  nav: [{ to: '/cyber/practices', label: 'cyberPractices:nav' }],
  namespaces: ['cyberPractices', 'cyberFeeds'],
});
