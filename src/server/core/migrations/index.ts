import type { MigrationSet } from '../db/migrate';
import * as m20261126_01 from './20261126_01_core';

export const coreMigrations: MigrationSet = {
  '20261126_01_core': m20261126_01,
};
