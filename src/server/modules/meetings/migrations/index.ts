import type { MigrationSet } from '../../../core/db/migrate';
import * as m20261126_05 from './20261126_05_meetings';

export const meetingsMigrations: MigrationSet = {
  '20261126_05_meetings': m20261126_05,
};
