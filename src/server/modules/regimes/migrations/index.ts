import type { MigrationSet } from '../../../core/db/migrate';
import * as m20261208_50 from './20261208_50_regimes';

export const regimesMigrations: MigrationSet = {
  '20261208_50_regimes': m20261208_50,
};
