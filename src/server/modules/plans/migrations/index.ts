import type { MigrationSet } from '../../../core/db/migrate';
import * as m20261126_08 from './20261126_08_plans';
import * as m20261126_10 from './20261126_10_plans_evidence';
import * as m20261201_13 from './20261201_13_plans_files';

export const plansMigrations: MigrationSet = {
  '20261126_08_plans': m20261126_08,
  '20261126_10_plans_evidence': m20261126_10,
  '20261201_13_plans_files': m20261201_13,
};
