import type { TaskDto } from '../../../contracts/tasks';
import type { Actor } from '../../core/auth/actor';
import type { Db } from '../../core/db/database';
import { canRead, family } from './decisions.policy';
import * as repo from './decisions.repository';

function task(d: repo.Decision, kind: TaskDto['kind'], now: string, detail: TaskDto['detail']): TaskDto {
  return {
    kind,
    subjectType: 'decision',
    subjectId: d.id,
    itemId: null,
    title: d.title,
    itemTitle: null,
    deadline: d.deadline,
    overdue: d.deadline !== null && d.deadline < now,
    detail: { procedure: d.procedure, ...detail },
    demo: d.demo,
  };
}

/**
 * What the decisions module asks of an inbox. A state: a position on each open draft it takes part in
 * and has not yet spoken on. The Secretariat: to close each consensus draft whose deadline has passed or
 * whose participants have all spoken (silence procedures close themselves at their deadline).
 */
export async function listDecisionTasks(
  db: Db,
  actor: Actor,
  inbox: string,
  now: string,
): Promise<TaskDto[]> {
  const f = await family(db);
  const open = (await repo.listOpen(db)).filter((d) => canRead(actor, d, f));
  const related = await repo.listParticipantsAndPositions(
    db,
    open.map((d) => d.id),
  );
  const out: TaskDto[] = [];
  for (const d of open) {
    const { participants, positions } = related.get(d.id)!;
    const spoken = new Set(positions.map((p) => p.state));
    if (inbox !== 'secretariat') {
      if (participants.includes(inbox) && !spoken.has(inbox)) out.push(task(d, 'position_due', now, {}));
      continue;
    }
    if (d.procedure === 'silence') continue;
    const pastDeadline = d.deadline !== null && d.deadline < now;
    if (pastDeadline || participants.every((s) => spoken.has(s)))
      out.push(
        task(d, 'decision_to_close', now, { positions: spoken.size, participants: participants.length }),
      );
  }
  return out;
}
