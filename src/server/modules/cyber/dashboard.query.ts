import type { DashboardLine } from '../../../contracts/secretariat';
import type { Db } from '../../core/db/database';
import { listFeeds } from './feeds.repository';

/** The cyber exchange's lines on the Secretariat's dashboard: each feed whose last poll failed. */
export async function listFeedDashboardLines(db: Db): Promise<DashboardLine[]> {
  return (await listFeeds(db))
    .filter((f) => f.last_error !== null)
    .map((f) => ({
      section: 'feeds',
      title: { en: f.title, ru: f.title, zh: f.title },
      href: `/cyber/feeds/${f.id}`,
      state: f.state_code,
      deadline: null,
      overdue: false,
      detail: { status: f.status, lastAttemptAt: f.last_attempt_at ?? '' },
      demo: false,
    }));
}
