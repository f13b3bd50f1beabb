import { TaskListDto, TasksQuery } from '../../../contracts/tasks';
import type { App, Kernel } from '../../core/module';
import { listTasks } from './tasks.service';

export async function tasksRoutes(app: App, kernel: Kernel) {
  app.get(
    '/tasks',
    {
      schema: {
        tags: ['tasks'],
        summary: 'What my state (or the Secretariat) must do, soonest deadline first',
        querystring: TasksQuery,
        response: { 200: TaskListDto },
      },
      preHandler: kernel.perms.requireSignedIn(),
    },
    async (req) => listTasks(kernel, req.actor!, req.query.for),
  );
}
