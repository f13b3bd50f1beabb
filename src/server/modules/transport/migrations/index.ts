import type { MigrationSet } from '../../../core/db/migrate';
import * as m20261202_40 from './20261202_40_transport';
import * as m20261202_41 from './20261202_41_transport_partners';
import * as m20261208_80 from './20261208_80_transport_links';

export const transportMigrations: MigrationSet = {
  '20261202_40_transport': m20261202_40,
  '20261202_41_transport_partners': m20261202_41,
  '20261208_80_transport_links': m20261208_80,
};
