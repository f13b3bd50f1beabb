import type { MigrationSet } from '../../../core/db/migrate';
import * as m20261126_07 from './20261126_07_documents';
import * as m20261201_12 from './20261201_12_documents_files';

export const documentsMigrations: MigrationSet = {
  '20261126_07_documents': m20261126_07,
  '20261201_12_documents_files': m20261201_12,
};
