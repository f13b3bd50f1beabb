import type { TaskDto, TaskListDto } from '../../../contracts/tasks';
import {
  AuthErrors,
  isSecretariat,
  requireStateMandate,
  statesActedFor,
  type Actor,
} from '../../core/auth/actor';
import type { Kernel } from '../../core/module';
import { listDecisionTasks } from '../decisions';
import { listPlanTasks } from '../plans';
import { listProjectTasks } from '../projects';

const SPEAKING_ROLES = ['national_coordinator', 'delegate'] as const;

/**
 * Whose tasks the caller reads: its own inbox only. A delegation reads its state's (the first by code
 * when it holds several, unless it names one); the Secretariat reads the Secretariat's. A state's list
 * is refused to the Secretariat too: it serves the states, it does not do their work.
 */
export function inboxOf(actor: Actor, requested: string | undefined): string {
  if (requested === 'secretariat' || (requested === undefined && isSecretariat(actor))) {
    if (!isSecretariat(actor)) throw AuthErrors.forbidden({ reason: 'secretariat_only' });
    return 'secretariat';
  }
  if (requested !== undefined) return requireStateMandate(actor, requested, SPEAKING_ROLES);
  const [own] = statesActedFor(actor, SPEAKING_ROLES).sort();
  if (!own) throw AuthErrors.forbidden({ reason: 'no_delegation' });
  return own;
}

/** Text by code point: ISO dates and instants in order, whatever the locale's collation says of digits. */
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Soonest deadline first (a date sorts before the instants of its day), undated last. */
function byDeadline(a: TaskDto, b: TaskDto): number {
  if (a.deadline !== b.deadline) {
    if (a.deadline === null) return 1;
    if (b.deadline === null) return -1;
  }
  return (
    compare(a.deadline ?? '', b.deadline ?? '') || compare(a.kind, b.kind) || compare(a.title.en, b.title.en)
  );
}

/** Everything the inbox must do, gathered from the modules that ask it of them. */
export async function listTasks(
  kernel: Pick<Kernel, 'db' | 'now'>,
  actor: Actor,
  requested: string | undefined,
): Promise<TaskListDto> {
  const inbox = inboxOf(actor, requested);
  const now = kernel.now().toISOString();
  const groups = await Promise.all([
    listDecisionTasks(kernel.db, actor, inbox, now),
    listPlanTasks(kernel, actor, inbox),
    listProjectTasks(kernel.db, actor, inbox),
  ]);
  return { for: inbox, items: groups.flat().sort(byDeadline) };
}
