import { SECRETARIAT_ROLES } from '../../core/auth/actor';
import type { App, Kernel } from '../../core/module';
import { defineModule } from '../../core/module';
import { subscribe } from './approval.service';
import { exportRoutes } from './exports.routes';
import { findOrganisations } from './organisation.repository';
import { projectsMigrations } from './migrations';
import { seedDemoProjects } from './projects.demo';
import { projectRoutes } from './projects.routes';
import { resultsRoutes } from './results.routes';
import { transactionRoutes } from './transactions.routes';

const DELEGATIONS = ['national_coordinator', 'delegate'] as const;

/**
 * Investment projects (issue 5): proposals, stage gates with their checklists, discussion and
 * interest, approval by the interested member states through the decisions module, financing through
 * the finance module's ledger, milestones and indicators, and IATI / OC4IDS exports.
 */
export const projectsModule = defineModule({
  name: 'projects',
  dependsOn: ['states', 'decisions', 'finance'],
  permissions: {
    'projects.project.propose': ['national_coordinator', ...SECRETARIAT_ROLES],
    'projects.project.manage': SECRETARIAT_ROLES,
    'projects.checklist.record': [...DELEGATIONS, ...SECRETARIAT_ROLES],
    'projects.comment.create': [...DELEGATIONS, ...SECRETARIAT_ROLES],
    'projects.interest.express': DELEGATIONS,
    'projects.transaction.book': [...DELEGATIONS, ...SECRETARIAT_ROLES],
    'projects.results.record': [...DELEGATIONS, ...SECRETARIAT_ROLES],
    'projects.organisation.register': ['national_coordinator', ...SECRETARIAT_ROLES],
  },
  migrations: projectsMigrations,
  routes: async (app: App, kernel: Kernel) => {
    await projectRoutes(app, kernel);
    await transactionRoutes(app, kernel);
    await resultsRoutes(app, kernel);
    await exportRoutes(app, kernel);
  },
  subscribe,
  demo: seedDemoProjects,
  partyStates: async (db, ids) =>
    new Map((await findOrganisations(db, [...ids])).map((o) => [o.id, o.country])),
});

export { ProjectErrors } from './projects.errors';
export { getProject } from './project.service';
export { listProjectTasks } from './tasks.query';
export { actingForProject, visibleProjects, type ProjectRef } from './visibility.query';
