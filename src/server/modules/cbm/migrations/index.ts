import type { MigrationSet } from '../../../core/db/migrate';
import * as m20261208_70 from './20261208_70_cbm';

export const cbmMigrations: MigrationSet = {
  '20261208_70_cbm': m20261208_70,
};
