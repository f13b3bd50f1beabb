import { createRouter } from '@tanstack/react-router';
import { webModules } from './modules';
import { NotFoundPage } from './NotFoundPage';
import { RootLayout } from './RootLayout';
import { rootRoute } from './rootRoute';

type ModuleRoute = (typeof webModules)[number]['routes'][number];

rootRoute.update({ component: RootLayout, notFoundComponent: NotFoundPage });

// Typed as the union of every module's routes, so that links and route APIs stay checked by path.
const routeTree = rootRoute.addChildren(webModules.flatMap((m): readonly ModuleRoute[] => m.routes));

export const router = createRouter({ routeTree, scrollRestoration: true });

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
