import type { MigrationSet } from '../../../core/db/migrate';
import * as m20261126_05 from './20261126_05_meetings';
import * as m20261207_70 from './20261207_70_meetings_publication';
import * as m20261207_81 from './20261207_81_meetings_translated_source_note';

export const meetingsMigrations: MigrationSet = {
  '20261126_05_meetings': m20261126_05,
  '20261207_70_meetings_publication': m20261207_70,
  '20261207_81_meetings_translated_source_note': m20261207_81,
};
