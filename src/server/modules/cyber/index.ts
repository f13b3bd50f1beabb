import { defineModule } from '../../core/module';
import { seedCollections } from './collections.service';
import { cyberMigrations } from './migrations';
import { cyberRoutes } from './cyber.routes';
import { seedCyberDemo } from './cyber.demo';
import { renderTaxiiError } from './taxii.http';
import { taxiiRoutes } from './taxii.routes';

/** The cyber exchange: its tables, collections, accounts and administration API under /api/v1/cyber. */
export const cyberModule = defineModule({
  name: 'cyber',
  dependsOn: ['states', 'users'],
  permissions: { 'cyber.group.create': ['cyber_coordinator'] },
  migrations: cyberMigrations,
  routes: cyberRoutes,
  seed: seedCollections,
  demo: seedCyberDemo,
});

/** The same module's TAXII 2.1 door at /taxii2/, with TAXII's media type and error messages. */
export const cyberTaxiiModule = defineModule({
  name: 'cyber-taxii',
  dependsOn: ['cyber'],
  permissions: {},
  migrations: {},
  routes: taxiiRoutes,
  http: { prefix: '/taxii2', errorRenderer: renderTaxiiError, jsonMediaTypes: ['application/taxii+json'] },
});

export const cyberModules = [cyberModule, cyberTaxiiModule];
