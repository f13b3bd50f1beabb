import type { MigrationSet } from '../../../core/db/migrate';
import * as m20261126_21 from './20261126_21_projects';
import * as m20261201_32 from './20261201_32_projects_comments_to_threads';

export const projectsMigrations: MigrationSet = {
  '20261126_21_projects': m20261126_21,
  '20261201_32_projects_comments_to_threads': m20261201_32,
};
