/** The documents module's public door for the rest of the web app: the register of instruments. */
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '../../app/rootRoute';
import { defineWebModule } from '../../app/webModule';
import { BODY_CODE, code, defined, STATE_CODE, words, year } from '../../ui/searchParams';
import type { DocumentFilters } from './api/documentsApi';
import { isInstrumentKind, isInstrumentStatus, isTopic } from './components/documentValues';

export { useInstrument } from './api/useInstrument';
export { INSTRUMENT_SECTIONS, type InstrumentSectionProps } from './components/instrumentSections';

// Pages load on first visit, so that the app's first download stays small.

/** The search words and filters live in the URL: a search can be shared, and Back returns to it. */
const documentsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/documents',
  validateSearch: (search: Record<string, unknown>): DocumentFilters =>
    defined({
      q: words(search.q),
      kind: isInstrumentKind(search.kind) ? search.kind : undefined,
      body: code(search.body, BODY_CODE),
      year: year(search.year),
      state: code(search.state, STATE_CODE),
      topic: isTopic(search.topic) ? search.topic : undefined,
      status: isInstrumentStatus(search.status) ? search.status : undefined,
    }),
  component: lazyRouteComponent(() => import('./pages/DocumentsPage'), 'DocumentsPage'),
});

const newDocumentRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/documents/new',
  component: lazyRouteComponent(() => import('./pages/NewDocumentPage'), 'NewDocumentPage'),
});

const documentRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/documents/$id',
  component: lazyRouteComponent(() => import('./pages/DocumentPage'), 'DocumentPage'),
});

export const documentsModule = defineWebModule({
  name: 'documents',
  routes: [documentsRoute, newDocumentRoute, documentRoute],
  nav: [{ to: '/documents', label: 'documents:nav' }],
  namespaces: ['documents'],
  recordPages: { instrument: (id) => `/documents/${id}` },
});
