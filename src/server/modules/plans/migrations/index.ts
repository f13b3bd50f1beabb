import type { MigrationSet } from '../../../core/db/migrate';
import * as m20261126_08 from './20261126_08_plans';

export const plansMigrations: MigrationSet = {
  '20261126_08_plans': m20261126_08,
};
