import { lazy } from 'react';

/**
 * The map for other modules, loaded on first use: the atlas and the projection code are most of the
 * app's weight. Render it inside <Suspense>.
 */
export const LazyStateMap = lazy(() => import('./StateMap').then((m) => ({ default: m.StateMap })));
