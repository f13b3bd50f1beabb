/**
 * Durable events and timed work (ADR 0008): the transactional outbox, the scheduler every module's
 * jobs run on, and the signals that wake the processes of one platform.
 */
export {
  EventOutbox,
  type EventHandler,
  type EventName,
  type OutboxOptions,
  type PlatformEvents,
} from './outbox';
export { defineJob, Scheduler, type JobDefinition } from './scheduler';
export { Signals } from './signals';
export { jobsPermissions, jobsRoutes } from './jobs.routes';
export { coreJobs } from './core.jobs';
