import type { MigrationSet } from '../../../core/db/migrate';
import * as m20261126_04 from './20261126_04_decisions';
import * as m20261126_09 from './20261126_09_decisions_attachments';
import * as m20261201_11 from './20261201_11_decisions_files';
import * as m20261201_23 from './20261201_23_decisions_register_to_core';
import * as m20261201_31 from './20261201_31_decisions_comments_to_threads';

export const decisionsMigrations: MigrationSet = {
  '20261126_04_decisions': m20261126_04,
  '20261126_09_decisions_attachments': m20261126_09,
  '20261201_11_decisions_files': m20261201_11,
  '20261201_23_decisions_register_to_core': m20261201_23,
  '20261201_31_decisions_comments_to_threads': m20261201_31,
};
