import { SECRETARIAT_ROLES } from '../../core/auth/actor';
import { defineModule } from '../../core/module';
import { seedCollections } from './collections.service';
import { cyberMigrations } from './migrations';
import { cyberRoutes } from './cyber.routes';
import { seedCyberDemo } from './cyber.demo';
import { feedJobs, type FeedFetch } from './feeds.poll';
import { checkFeedKey } from './feeds.service';
import { renderTaxiiError } from './taxii.http';
import { taxiiRoutes } from './taxii.routes';

export type { FeedFetch } from './feeds.poll';

/**
 * The cyber exchange: its tables, collections, accounts, feeds and administration API under
 * /api/v1/cyber, and its TAXII 2.1 door at /taxii2/, with TAXII's media type and error messages.
 * `feedFetch` is the HTTP client that polls the feeds (fetch; a test points it at a TAXII server of its own).
 */
export function createCyberModule(opts: { feedFetch?: FeedFetch } = {}) {
  return defineModule({
    name: 'cyber',
    dependsOn: ['plans', 'states'],
    permissions: {
      'cyber.group.create': ['cyber_coordinator'],
      'cyber.feed.manage': ['cyber_coordinator', 'secretariat_admin'],
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
    seed: async (kernel) => {
      await seedCollections(kernel);
      await checkFeedKey(kernel);
    },
    demo: seedCyberDemo,
    jobs: feedJobs(opts.feedFetch ?? ((url, init) => fetch(url, init))),
    mounts: [
      {
        prefix: '/taxii2',
        routes: taxiiRoutes,
        errorRenderer: renderTaxiiError,
        jsonMediaTypes: ['application/taxii+json'],
      },
    ],
  });
}

export const cyberModule = createCyberModule();
export { listFeedDashboardLines } from './dashboard.query';
