import type { MigrationSet } from '../../../core/db/migrate';
import * as m20261126_04 from './20261126_04_decisions';

export const decisionsMigrations: MigrationSet = {
  '20261126_04_decisions': m20261126_04,
};
