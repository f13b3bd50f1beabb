import type { MigrationSet } from '../../../core/db/migrate';
import * as m20261201_20 from './20261201_20_cyber';

export const cyberMigrations: MigrationSet = {
  '20261201_20_cyber': m20261201_20,
};
