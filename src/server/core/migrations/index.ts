import type { MigrationSet } from '../db/migrate';
import * as m20261126_01 from './20261126_01_core';
import * as m20261201_08 from './20261201_08_jobs';

export const coreMigrations: MigrationSet = {
  '20261126_01_core': m20261126_01,
  '20261201_08_jobs': m20261201_08,
};
