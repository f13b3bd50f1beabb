import type { MigrationSet } from '../../../core/db/migrate';
import * as m20261126_21 from './20261126_21_projects';

export const projectsMigrations: MigrationSet = {
  '20261126_21_projects': m20261126_21,
};
