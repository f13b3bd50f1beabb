import { SECRETARIAT_ROLES } from '../../core/auth/actor';
import { defineModule } from '../../core/module';
import { callRoutes } from './calls.routes';
import { seedEducationDemo } from './education.demo';
import { educationMigrations } from './migrations';
import { networkRoutes } from './network.routes';
import { reviewRoutes } from './review.routes';

/**
 * Education and youth (issue 12): the SCO University network (universities, programmes, agreements),
 * grant calls with hard quotas per sending state, applicants as people, the national stage where each
 * state's grant authority ranks its own applicants, and offers by host universities within their places.
 */
export const educationModule = defineModule({
  name: 'education',
  dependsOn: ['states'],
  permissions: {
    // State-scoped: a coordinator edits its own state's universities (checked in the service).
    'education.network.edit': ['national_coordinator', ...SECRETARIAT_ROLES],
    'education.call.create': SECRETARIAT_ROLES,
    'education.call.overview': SECRETARIAT_ROLES,
    // State-scoped: a grant authority ranks its own state's applicants only.
    'education.nomination.submit': ['grant_authority'],
    // Scoped to the universities the officer is named for.
    'education.offer.make': ['admissions_officer'],
    // A host university proposes reviewers for the dossiers sent to it (kernel review panel).
    'education.review.assign': ['admissions_officer'],
  },
  migrations: educationMigrations,
  routes: async (app, kernel) => {
    await networkRoutes(app, kernel);
    await callRoutes(app, kernel);
    await reviewRoutes(app, kernel);
  },
  demo: seedEducationDemo,
});

export { EducationErrors } from './education.errors';
