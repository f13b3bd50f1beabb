import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { TaskDto } from '../../../../contracts/tasks';
import { formatInstantInZone, formatPartialDate } from '../../../ui/dates';
import { DemoBadge } from '../../../ui/DemoBadge';
import { useLanguage } from '../../../ui/useLanguage';
import { useLocalized } from '../../../ui/useLocalized';

/** The page a task is done on: every kind of subject has one, so no task is left without a link. */
function SubjectLink({ task, children }: { task: TaskDto; children: string }) {
  const params = { id: task.subjectId };
  switch (task.subjectType) {
    case 'decision':
      return (
        <Link to="/decisions/$id" params={params}>
          {children}
        </Link>
      );
    case 'plan':
      return (
        <Link to="/plans/$id" params={params}>
          {children}
        </Link>
      );
    case 'project':
      return (
        <Link to="/projects/$id" params={params}>
          {children}
        </Link>
      );
  }
}

/** One thing to do: what, on what (linked), and by when. */
export function TaskItem({ task }: { task: TaskDto }) {
  const { t } = useTranslation('tasks');
  const { code } = useLanguage();
  const localized = useLocalized();
  const { detail } = task;
  const deadline =
    task.deadline === null
      ? null
      : task.deadline.length === 10
        ? formatPartialDate(task.deadline, code)
        : formatInstantInZone(task.deadline, code);
  const stage = typeof detail.stage === 'string' ? t(`projects:stage.${detail.stage}`) : '';

  return (
    <li className={task.overdue ? 'task task--overdue' : 'task'} data-task={task.kind}>
      <p className="task__what">
        {t(
          `tasks:kind.${task.kind === 'report_due' && detail.percent !== undefined ? 'report_update' : task.kind}`,
          {
            procedure: t(`decisions:procedure.${String(detail.procedure ?? 'consensus')}`),
            percent: detail.percent ?? 0,
            count: detail.missing ?? detail.items ?? 0,
            states: detail.states ?? 0,
            stage,
            positions: detail.positions ?? 0,
            participants: detail.participants ?? 0,
          },
        )}
      </p>
      <p className="task__title">
        <SubjectLink task={task}>{localized(task.title)}</SubjectLink>
        {task.demo && (
          <>
            {' '}
            <DemoBadge />
          </>
        )}
      </p>
      {task.itemTitle && <p className="task__item">{t('tasks:item', { item: localized(task.itemTitle) })}</p>}
      <p className="task__when">
        {deadline === null ? (
          <span className="muted">{t('tasks:noDeadline')}</span>
        ) : (
          <>
            {task.overdue && <span className="task__overdue">{t('tasks:overdue')}</span>}{' '}
            <time dateTime={task.deadline!}>{t('tasks:due', { deadline })}</time>
          </>
        )}
      </p>
    </li>
  );
}
