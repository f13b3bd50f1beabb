import { createRootRoute } from '@tanstack/react-router';

/**
 * The route every module's routes hang from. Its layout is attached in router.ts, so that a module can
 * import this without importing the layout (whose navigation imports every module).
 */
export const rootRoute = createRootRoute();
