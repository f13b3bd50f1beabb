import { SECRETARIAT_ROLES } from '../../core/auth/actor';
import { defineModule } from '../../core/module';
import { transportMigrations } from './migrations';
import { seedNetwork } from './network.service';
import { transportRoutes } from './transport.routes';

/**
 * Transport connectivity (issue 10): the network of ports, hubs and border crossings with sourced
 * figures, the corridors over it, a multimodal route planner, and the network in open formats.
 */
export const transportModule = defineModule({
  name: 'transport',
  dependsOn: [],
  permissions: {
    // State-scoped: a coordinator edits the nodes and links of their own state (checked in the service).
    'transport.network.edit': ['national_coordinator', ...SECRETARIAT_ROLES],
  },
  migrations: transportMigrations,
  routes: transportRoutes,
  seed: seedNetwork,
});

export { TransportErrors } from './transport.errors';
