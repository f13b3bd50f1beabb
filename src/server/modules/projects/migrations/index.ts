import type { MigrationSet } from '../../../core/db/migrate';
import * as m20261126_21 from './20261126_21_projects';
import * as m20261201_32 from './20261201_32_projects_comments_to_threads';
import * as m20261207_94 from './20261207_94_projects_translated_organisation_name';

export const projectsMigrations: MigrationSet = {
  '20261126_21_projects': m20261126_21,
  '20261201_32_projects_comments_to_threads': m20261201_32,
  '20261207_94_projects_translated_organisation_name': m20261207_94,
};
