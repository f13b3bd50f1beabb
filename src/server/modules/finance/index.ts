import { SECRETARIAT_ROLES } from '../../core/auth/actor';
import { defineModule } from '../../core/module';
import { financeRoutes } from './finance.routes';
import { financeMigrations } from './migrations';

/**
 * Money for project financing: exact amounts in ISO 4217 currencies, an append-only ledger of
 * pledges, commitments, disbursements and expenditures per project and funder, and dated exchange
 * rates. It knows projects only by id: the projects module checks the
 * project, the funder and the actor, holds the project lock, and calls the commands below inside its
 * own transaction.
 */
export const financeModule = defineModule({
  name: 'finance',
  dependsOn: [],
  permissions: {
    'finance.rate.record': SECRETARIAT_ROLES,
  },
  migrations: financeMigrations,
  routes: financeRoutes,
});

export { FinanceErrors } from './finance.errors';
export { bookingActingFor } from './finance.policy';
export { bookEntry, findEntry, listEntries, listLedger, reverseEntry, summarise } from './ledger.service';
export type { Entry } from './finance.repository';
export { exponentOf, formatMinor, fromMinor, parseMinor, toMinor } from './money';
