import type { Page } from 'playwright-core';
import type { ProjectDto } from '../src/contracts/projects';
import { apiAs } from './harness';

/** A project Kazakhstan's coordinator proposes, costing US$1,000.00: each test follows its own. */
export async function proposeProject(baseUrl: string, title: string): Promise<string> {
  const kz = await apiAs(baseUrl, 'coordinator.kz@example.org');
  const project = await kz<ProjectDto>('POST', '/api/v1/projects', {
    title: { en: title, ru: `${title} (ru)`, zh: `${title}（中文）` },
    description: { en: 'A sample project.', ru: 'Пример проекта.', zh: '示例项目。' },
    expectedResults: { en: 'Results.', ru: 'Результаты.', zh: '成果。' },
    sector: 'energy',
    countries: ['KZ'],
    estimatedCost: { amount: '1000.00', currency: 'USD' },
    proposingState: 'KZ',
  });
  return project.id;
}

export async function openProject(page: Page, id: string) {
  await page.goto(`/projects/${id}`);
  await page.getByTestId('project-facts').waitFor();
}
