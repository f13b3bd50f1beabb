import { defineModule } from '../../core/module';
import { notificationsMigrations } from './migrations';
import { notificationsRoutes } from './notifications.routes';
import { subscribe } from './notifications.service';

/** The in-app inbox per state, and email when SMTP is configured. Reacts to the decisions module's events. */
export const notificationsModule = defineModule({
  name: 'notifications',
  dependsOn: ['decisions', 'plans'],
  permissions: {},
  migrations: notificationsMigrations,
  routes: notificationsRoutes,
  subscribe,
});
