import { DashboardDto } from '../../../contracts/secretariat';
import type { App, Kernel } from '../../core/module';
import { getDashboard } from './secretariat.service';

export async function secretariatRoutes(app: App, kernel: Kernel) {
  app.get(
    '/secretariat/dashboard',
    {
      schema: {
        tags: ['secretariat'],
        summary:
          'The Secretariat dashboard: open written procedures, circulations awaiting answers by state, overdue plans, projects at a gate, feeds in error',
        response: { 200: DashboardDto },
      },
      preHandler: kernel.perms.require('secretariat.dashboard.read'),
    },
    async (req) => getDashboard(kernel, req.actor!),
  );
}
