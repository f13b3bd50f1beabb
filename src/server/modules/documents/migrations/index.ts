import type { MigrationSet } from '../../../core/db/migrate';
import * as m20261126_07 from './20261126_07_documents';

export const documentsMigrations: MigrationSet = {
  '20261126_07_documents': m20261126_07,
};
