import type { MigrationSet } from '../../../core/db/migrate';
import * as m20261126_02 from './20261126_02_states';

export const statesMigrations: MigrationSet = {
  '20261126_02_states': m20261126_02,
};
