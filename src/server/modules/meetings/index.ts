import { SECRETARIAT_ROLES } from '../../core/auth/actor';
import { defineModule } from '../../core/module';
import { meetingsMigrations } from './migrations';
import { meetingsRoutes } from './meetings.routes';
import { seedDemoMeetings, seedMeetings } from './meetings.seed';

export const meetingsModule = defineModule({
  name: 'meetings',
  dependsOn: ['states', 'decisions'],
  permissions: {
    'meetings.meeting.manage': SECRETARIAT_ROLES,
  },
  migrations: meetingsMigrations,
  routes: meetingsRoutes,
  seed: seedMeetings,
  demo: seedDemoMeetings,
});

export { MeetingErrors } from './meetings.errors';
export { getMeeting, listMeetings } from './meetings.service';
export { zonedToUtc } from './meetings.time';
