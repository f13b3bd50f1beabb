import type { MigrationSet } from '../../../core/db/migrate';
import * as m20261208_40 from './20261208_40_environment';

export const environmentMigrations: MigrationSet = {
  '20261208_40_environment': m20261208_40,
};
