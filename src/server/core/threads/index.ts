/**
 * Discussion threads for every module (issue 8): posts and replies on a module's record, edits with
 * their history, who wrote for which state, and moderation by the Secretariat. The owning module keeps
 * the say over who reads and who writes (ADR 0011).
 */
export {
  defineThread,
  type PostInput,
  type RunWrite,
  type Thread,
  type ThreadDeps,
  type ThreadPolicy,
} from './threads.service';
export { threadRoutes, type ThreadRouteOptions } from './threads.routes';
export { ThreadErrors } from './threads.errors';
export type { ThreadPost } from './threads.repository';
