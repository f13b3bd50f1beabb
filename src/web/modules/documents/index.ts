/** The documents module's public door for the rest of the web app: the register of instruments. */
import { lazyRouteComponent } from '@tanstack/react-router';

// Pages load on first visit, so that the app's first download stays small.
export const DocumentsPage = lazyRouteComponent(() => import('./pages/DocumentsPage'), 'DocumentsPage');
export const DocumentPage = lazyRouteComponent(() => import('./pages/DocumentPage'), 'DocumentPage');
export const NewDocumentPage = lazyRouteComponent(() => import('./pages/NewDocumentPage'), 'NewDocumentPage');
export { useInstrument } from './api/useInstrument';
export { isInstrumentKind, isInstrumentStatus, isTopic } from './components/documentValues';
export type { DocumentFilters } from './api/documentsApi';
