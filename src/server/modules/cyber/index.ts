import { SECRETARIAT_ROLES } from '../../core/auth/actor';
import { defineModule } from '../../core/module';
import { seedCollections } from './collections.service';
import { cyberMigrations } from './migrations';
import { cyberRoutes } from './cyber.routes';
import { seedCyberDemo } from './cyber.demo';
import { renderTaxiiError } from './taxii.http';
import { taxiiRoutes } from './taxii.routes';

/**
 * The cyber exchange: its tables, collections, accounts and administration API under /api/v1/cyber,
 * and its TAXII 2.1 door at /taxii2/, with TAXII's media type and error messages.
 */
export const cyberModule = defineModule({
  name: 'cyber',
  dependsOn: ['plans', 'states'],
  permissions: {
    'cyber.group.create': ['cyber_coordinator'],
    'cyber.practice.propose': ['cert_analyst'],
    'cyber.practice.adopt': ['cert_analyst', 'national_coordinator'],
    'cyber.practice.comment': [
      'cert_analyst',
      'national_coordinator',
      'delegate',
      'cyber_coordinator',
      ...SECRETARIAT_ROLES,
    ],
  },
  migrations: cyberMigrations,
  routes: cyberRoutes,
  seed: seedCollections,
  demo: seedCyberDemo,
  mounts: [
    {
      prefix: '/taxii2',
      routes: taxiiRoutes,
      errorRenderer: renderTaxiiError,
      jsonMediaTypes: ['application/taxii+json'],
    },
  ],
});
