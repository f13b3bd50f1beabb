import { SECRETARIAT_ROLES } from '../../core/auth/actor';
import { defineModule } from '../../core/module';
import { cultureRoutes } from './culture.routes';
import { subscribe } from './designation.workflow';
import { seedCulture } from './designations.service';
import { cultureMigrations } from './migrations';

/**
 * Culture and tourism (issue 11): the SCO's lists (Spiritual Shrines, Eight Wonders, the yearly capital,
 * the Silk Road SCO festival, tourist territories) as one designation engine: tentative lists,
 * nominations with their dossier, completeness check, evaluation, and designation only by an adopted
 * decision of the programme's body (decisions module).
 */
export const cultureModule = defineModule({
  name: 'culture',
  dependsOn: ['decisions', 'states'],
  permissions: {
    // State-scoped: a coordinator acts for their own state (checked in the service).
    'culture.nomination.create': ['national_coordinator'],
    'culture.nomination.check': SECRETARIAT_ROLES,
  },
  migrations: cultureMigrations,
  routes: cultureRoutes,
  seed: seedCulture,
  subscribe,
});

export { CultureErrors } from './culture.errors';
