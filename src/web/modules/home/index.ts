/** The home module's public door for the rest of the web app. */
import { createRoute } from '@tanstack/react-router';
import { rootRoute } from '../../app/rootRoute';
import { defineWebModule } from '../../app/webModule';
import { HomePage } from './pages/HomePage';

const homeRoute = createRoute({ getParentRoute: () => rootRoute, path: '/', component: HomePage });

export const homeModule = defineWebModule({
  name: 'home',
  routes: [homeRoute],
  nav: [{ to: '/', label: 'home:nav', exact: true }],
  namespaces: ['home'],
});
