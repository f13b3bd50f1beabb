import { z } from 'zod';
import { Localized } from './common';

export const NotificationKind = z.enum([
  'decision_created',
  'deadline_near',
  'decision_closed',
  'plan_reminder',
  'plan_created',
  'position_recorded',
  'report_submitted',
]);
export type NotificationKind = z.infer<typeof NotificationKind>;

/** What a notice is about; each has a page the notice links to. */
export const NotificationSubject = z.enum(['decision', 'plan']);
export type NotificationSubject = z.infer<typeof NotificationSubject>;

export const NotificationDto = z
  .object({
    id: z.string(),
    kind: NotificationKind,
    recipient: z.string().describe('a state code, or "secretariat"'),
    subjectType: NotificationSubject,
    subjectId: z.string(),
    title: Localized,
    data: z.record(z.string(), z.unknown()),
    createdAt: z.string(),
    read: z.boolean(),
  })
  .meta({ id: 'Notification' });
export type NotificationDto = z.infer<typeof NotificationDto>;

export const NotificationsQuery = z.strictObject({
  unread: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
