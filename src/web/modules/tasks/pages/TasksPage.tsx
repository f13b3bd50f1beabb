import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../ui/Loading';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { useAuth } from '../../auth';
import { useStateNames } from '../../states';
import { useTasks } from '../api/useTasks';
import { TaskItem } from '../components/TaskItem';

/** What the user's state (or the Secretariat) must do, soonest deadline first; nobody else's. */
export function TasksPage() {
  const { t } = useTranslation('tasks');
  const { me } = useAuth();
  const stateName = useStateNames();
  const tasks = useTasks(!!me);
  useDocumentTitle(t('tasks:title'));

  let content;
  if (me === undefined) content = <Loading />;
  else if (me === null)
    content = (
      <p className="notice">
        {t('tasks:signInFirst')} <Link to="/login">{t('common:signIn')}</Link>
      </p>
    );
  else if (tasks.isError) content = <ProblemAlert error={tasks.error} />;
  else if (!tasks.data) content = <Loading />;
  else {
    const who = tasks.data.for === 'secretariat' ? t('tasks:secretariat') : stateName(tasks.data.for);
    content = (
      <>
        <p data-testid="tasks-for">{t('tasks:for', { who, n: tasks.data.items.length })}</p>
        {tasks.data.items.length === 0 ? (
          <p className="notice">{t('tasks:none')}</p>
        ) : (
          <ol className="tasks" data-testid="tasks" aria-label={t('tasks:listLabel')}>
            {tasks.data.items.map((task) => (
              <TaskItem key={`${task.kind}:${task.subjectId}:${task.itemId ?? ''}`} task={task} />
            ))}
          </ol>
        )}
      </>
    );
  }

  return (
    <div className="page">
      <h1>{t('tasks:title')}</h1>
      <p className="lead">{t('tasks:intro')}</p>
      {content}
    </div>
  );
}
