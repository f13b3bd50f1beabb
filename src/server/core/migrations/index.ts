import type { MigrationSet } from '../db/migrate';
import * as m20261126_01 from './20261126_01_core';
import * as m20261201_01 from './20261201_01_core_idempotency_registers';
import * as m20261201_08 from './20261201_08_jobs';
import * as m20261201_10 from './20261201_10_core_files';
import * as m20261201_30 from './20261201_30_core_threads';
import * as m20261202_40 from './20261202_40_core_login_counters';
import * as m20261207_85 from './20261207_85_core_upload_holds';
import * as m20261208_10 from './20261208_10_core_review';

export const coreMigrations: MigrationSet = {
  '20261126_01_core': m20261126_01,
  '20261201_01_core_idempotency_registers': m20261201_01,
  '20261201_08_jobs': m20261201_08,
  '20261201_10_core_files': m20261201_10,
  '20261201_30_core_threads': m20261201_30,
  '20261202_40_core_login_counters': m20261202_40,
  '20261207_85_core_upload_holds': m20261207_85,
  '20261208_10_core_review': m20261208_10,
};
