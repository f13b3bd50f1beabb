import type { MigrationSet } from '../../../core/db/migrate';
import * as m20261126_20 from './20261126_20_finance';
import * as m20261201_22 from './20261201_22_finance_idempotency_to_core';

export const financeMigrations: MigrationSet = {
  '20261126_20_finance': m20261126_20,
  '20261201_22_finance_idempotency_to_core': m20261201_22,
};
