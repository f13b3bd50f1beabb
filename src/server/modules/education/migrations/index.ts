import type { MigrationSet } from '../../../core/db/migrate';
import * as m20261208_30 from './20261208_30_education';

export const educationMigrations: MigrationSet = {
  '20261208_30_education': m20261208_30,
};
