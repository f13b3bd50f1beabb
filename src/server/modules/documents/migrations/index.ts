import type { MigrationSet } from '../../../core/db/migrate';
import * as m20261126_07 from './20261126_07_documents';
import * as m20261201_12 from './20261201_12_documents_files';
import * as m20261201_24 from './20261201_24_documents_notification_counter_to_core';

import * as m20261207_80 from './20261207_80_documents_translated_place_note';
export const documentsMigrations: MigrationSet = {
  '20261126_07_documents': m20261126_07,
  '20261201_12_documents_files': m20261201_12,
  '20261201_24_documents_notification_counter_to_core': m20261201_24,
  '20261207_80_documents_translated_place_note': m20261207_80,
};
