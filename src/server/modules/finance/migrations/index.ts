import type { MigrationSet } from '../../../core/db/migrate';
import * as m20261126_20 from './20261126_20_finance';

export const financeMigrations: MigrationSet = {
  '20261126_20_finance': m20261126_20,
};
