import type { MigrationSet } from '../../../core/db/migrate';
import * as m20261201_20 from './20261201_20_cyber';
import * as m20261202_22 from './20261202_22_cyber_feeds';
import * as m20261202_23 from './20261202_23_cyber_practices';

export const cyberMigrations: MigrationSet = {
  '20261201_20_cyber': m20261201_20,
  '20261202_22_cyber_feeds': m20261202_22,
  '20261202_23_cyber_practices': m20261202_23,
};
