import { tables } from '../db/database';
import { purgeExpiredIdempotencyKeys } from '../http/idempotency';
import type { OutboxTables } from './outbox';
import { defineJob } from './scheduler';

const DAY_MS = 24 * 3600_000;
const KEEP_DELIVERED_MS = 7 * DAY_MS;

/**
 * The kernel's own periodic work. Delivered events are kept a week for inspection, then purged;
 * parked ones stay until the Secretariat has dealt with them. Expired Idempotency-Key answers are
 * already ignored when a key comes back; the hourly purge only keeps the table small.
 */
export const coreJobs = [
  defineJob({
    name: 'core.outbox_purge',
    due: { every: DAY_MS },
    run: async (kernel) => {
      const before = new Date(kernel.now().getTime() - KEEP_DELIVERED_MS).toISOString();
      await tables<OutboxTables>(kernel.db)
        .deleteFrom('core_event_delivery')
        .where('status', '=', 'done')
        .where('finished_at', '<', before)
        .execute();
    },
  }),
  defineJob({
    name: 'core.idempotency_purge',
    due: { every: 3600_000 },
    run: async (kernel) => {
      await purgeExpiredIdempotencyKeys(kernel.db, kernel.now());
    },
  }),
];
