import { SECRETARIAT_ROLES } from '../../core/auth/actor';
import { defineModule } from '../../core/module';
import { linksRoutes } from './links.routes';
import { transportMigrations } from './migrations';
import { seedNetwork } from './network.service';
import { partnershipRoutes } from './partnership.routes';
import { subscribe } from './partnership.service';
import { transportRoutes } from './transport.routes';

/**
 * Transport connectivity (issue 10): the network of ports, hubs and border crossings with sourced
 * figures, the corridors over it, a multimodal route planner, the network in open formats, and the
 * partnership network of ports and logistics centres (membership decided through the decisions module).
 */
export const transportModule = defineModule({
  name: 'transport',
  // Transport reads projects (and not the other way round): a project names its network links here.
  dependsOn: ['decisions', 'projects', 'meetings', 'documents'],
  permissions: {
    // State-scoped: a coordinator edits the nodes and links of their own state (checked in the service).
    'transport.network.edit': ['national_coordinator', ...SECRETARIAT_ROLES],
    'transport.partner.apply': ['national_coordinator', ...SECRETARIAT_ROLES],
    // Project-scoped: the projects module decides who acts for a project (its managingFor rule).
    'transport.project_link.edit': ['national_coordinator', 'delegate', ...SECRETARIAT_ROLES],
    'transport.corridor.tag': SECRETARIAT_ROLES,
  },
  migrations: transportMigrations,
  routes: async (app, kernel) => {
    await transportRoutes(app, kernel);
    await partnershipRoutes(app, kernel);
    await linksRoutes(app, kernel);
  },
  seed: seedNetwork,
  subscribe,
});

export { TransportErrors } from './transport.errors';
