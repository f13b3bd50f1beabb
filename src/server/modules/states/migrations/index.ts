import type { MigrationSet } from '../../../core/db/migrate';
import * as m20261126_02 from './20261126_02_states';
import * as m20261126_03 from './20261126_03_states_admission';
import * as m20261207_79 from './20261207_79_states_translated_notes';
import * as m20261207_95 from './20261207_95_states_translated_body_seat';

export const statesMigrations: MigrationSet = {
  '20261126_02_states': m20261126_02,
  '20261126_03_states_admission': m20261126_03,
  '20261207_79_states_translated_notes': m20261207_79,
  '20261207_95_states_translated_body_seat': m20261207_95,
};
