/** The audit module's public door for the rest of the web app. */
import { createRoute } from '@tanstack/react-router';
import { rootRoute } from '../../app/rootRoute';
import { defineWebModule } from '../../app/webModule';
import { defined, STATE_CODE } from '../../ui/searchParams';
import type { AuditFilters } from './api/auditApi';
import { AuditPage } from './pages/AuditPage';

const text = (value: unknown, pattern: RegExp): string | undefined =>
  typeof value === 'string' && pattern.test(value.trim()) ? value.trim() : undefined;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

const auditRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/audit',
  validateSearch: (search: Record<string, unknown>): AuditFilters =>
    defined({
      actor: text(search.actor, /^[^\s]{1,320}$/),
      actingFor: search.actingFor === 'secretariat' ? 'secretariat' : text(search.actingFor, STATE_CODE),
      action: text(search.action, /^[a-z]+\.[a-z_]{1,90}$/),
      targetType: text(search.targetType, /^[a-z_]{1,50}$/),
      targetId: text(search.targetId, /^[^\s]{1,64}$/),
      from: text(search.from, DAY),
      to: text(search.to, DAY),
    }),
  component: AuditPage,
});

export const auditModule = defineWebModule({
  name: 'audit',
  routes: [auditRoute],
  nav: [{ to: '/audit', label: 'audit:nav', audience: 'secretariat' }],
  namespaces: ['audit'],
});
