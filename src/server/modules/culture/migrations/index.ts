import type { MigrationSet } from '../../../core/db/migrate';
import * as m20261208_20 from './20261208_20_culture';

export const cultureMigrations: MigrationSet = {
  '20261208_20_culture': m20261208_20,
};
