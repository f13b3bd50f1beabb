import type { MigrationSet } from '../../../core/db/migrate';
import * as m20261126_06 from './20261126_06_notifications';

export const notificationsMigrations: MigrationSet = {
  '20261126_06_notifications': m20261126_06,
};
