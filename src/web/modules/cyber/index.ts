/** The cyber exchange's public door for the rest of the web app. */
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { TLP_LEVELS } from '../../../contracts/cyber-browse';
import { rootRoute } from '../../app/rootRoute';
import { defineWebModule } from '../../app/webModule';
import { code, defined, STATE_CODE, words } from '../../ui/searchParams';
import type { ObjectFilters } from './api/cyberApi';
import { isObjectType } from './components/objectTypes';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const day = (v: unknown) => (typeof v === 'string' && DAY.test(v) ? v : undefined);
const text = (v: unknown, max: number) => (typeof v === 'string' && v.length <= max && v ? v : undefined);

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

export const cyberModule = defineWebModule({
  name: 'cyber',
  routes: [exchangeRoute, objectsRoute, objectRoute],
  nav: [{ to: '/cyber', label: 'cyber:nav' }],
  namespaces: ['cyber'],
});
