/** The audit module's public door for the rest of the web app. */
import { createRoute } from '@tanstack/react-router';
import { rootRoute } from '../../app/rootRoute';
import { defineWebModule } from '../../app/webModule';
import { AuditPage } from './pages/AuditPage';

const auditRoute = createRoute({ getParentRoute: () => rootRoute, path: '/audit', component: AuditPage });

export const auditModule = defineWebModule({
  name: 'audit',
  routes: [auditRoute],
  nav: [{ to: '/audit', label: 'audit:nav', audience: 'secretariat' }],
  namespaces: ['audit'],
});
