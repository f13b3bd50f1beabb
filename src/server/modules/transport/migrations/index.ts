import type { MigrationSet } from '../../../core/db/migrate';
import * as m20261202_40 from './20261202_40_transport';

export const transportMigrations: MigrationSet = {
  '20261202_40_transport': m20261202_40,
};
