import type { MigrationSet } from '../../../core/db/migrate';
import * as m20261208_60 from './20261208_60_circulation';

export const circulationMigrations: MigrationSet = {
  '20261208_60_circulation': m20261208_60,
};
