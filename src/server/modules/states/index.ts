import { SECRETARIAT_ROLES } from '../../core/auth/actor';
import { defineModule } from '../../core/module';
import { statesMigrations } from './migrations';
import { statesRoutes } from './states.routes';
import { listenForStateChanges, seedReference } from './states.service';

export const statesModule = defineModule({
  name: 'states',
  dependsOn: [],
  permissions: {
    'states.contact.update': ['national_coordinator', ...SECRETARIAT_ROLES],
    'states.admission.record': SECRETARIAT_ROLES,
  },
  migrations: statesMigrations,
  routes: statesRoutes,
  seed: (kernel) => seedReference(kernel.db),
  subscribe: listenForStateChanges,
});

export { summitDocumentReference } from './seed/reference';
export {
  applyStatusChange,
  bodyExists,
  currentMemberCodes,
  currentPartnerCodes,
  checkStateStatusChange,
  getState,
  loadStates,
  stateExists,
  statesCache,
  StatesErrors,
} from './states.service';
export type { StatusChange } from './status.rules';
