/**
 * The cyber exchange's web pages: its home, the object browser and object pages, the best-practices
 * library, and the Secretariat's page of feeds from member CERTs.
 */
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { TLP_LEVELS } from '../../../contracts/cyber-browse';
import { rootRoute } from '../../app/rootRoute';
import { defineWebModule } from '../../app/webModule';
import { code, defined, STATE_CODE, words } from '../../ui/searchParams';
import type { ObjectFilters } from './api/cyberApi';
import type { PracticeFilters } from './api/practices';
import { isObjectType } from './components/objectTypes';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const day = (v: unknown) => (typeof v === 'string' && DAY.test(v) ? v : undefined);
const text = (v: unknown, max: number) => (typeof v === 'string' && v.length <= max && v ? v : undefined);
const TAG = /^[a-z0-9][a-z0-9-]{0,39}$/;

const exchangeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/cyber',
  component: lazyRouteComponent(() => import('./pages/ExchangePage'), 'ExchangePage'),
});

/** The browser's filters live in the address bar: a filtered list can be shared and survives reloads. */
const objectsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/cyber/objects',
  validateSearch: (search: Record<string, unknown>): ObjectFilters =>
    defined({
      type: isObjectType(search.type) ? search.type : undefined,
      tlp: TLP_LEVELS.find((l) => l === search.tlp),
      cert: code(search.cert, STATE_CODE),
      collection: text(search.collection, 64),
      from: day(search.from),
      to: day(search.to),
      q: words(search.q),
      before: text(search.before, 200),
    }),
  component: lazyRouteComponent(() => import('./pages/ObjectsPage'), 'ObjectsPage'),
});

const objectRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/cyber/collections/$collectionId/objects/$objectId',
  validateSearch: (search: Record<string, unknown>): { version?: string } =>
    defined({ version: text(search.version, 40) }),
  component: lazyRouteComponent(() => import('./pages/ObjectPage'), 'ObjectPage'),
});

/** The library's filters live in the URL too. */
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
  routes: [exchangeRoute, objectsRoute, objectRoute, practicesRoute, practiceRoute, feedsRoute],
  nav: [
    { to: '/cyber', label: 'cyber:nav' },
    { to: '/cyber/practices', label: 'cyberPractices:nav' },
  ],
  namespaces: ['cyber', 'cyberPractices', 'cyberFeeds'],
  recordPages: { cyber_practice: (id) => `/cyber/practices/${id}` },
});
