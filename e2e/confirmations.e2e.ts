import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProjectDto } from '../src/contracts/projects';
import fs from 'node:fs';
import path from 'node:path';
import { proposeProject as proposeSample, openProject } from './projectFixtures';
import { apiAs, pageWidth, SCREENSHOT_DIR, signIn, startE2E, type E2E } from './harness';

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.close();
});

const proposeProject = (title: string) => proposeSample(e2e.baseUrl, title);

/** Takes a project through every gate to approval, whose decision the Secretariat then withdraws. */
async function toWithdrawnApproval(id: string) {
  const secretariat = await apiAs(e2e.baseUrl, 'secretariat@example.org');
  const uz = await apiAs(e2e.baseUrl, 'coordinator.uz@example.org');
  await uz('POST', `/api/v1/projects/${id}/interest`, { state: 'UZ' });
  const gates: [string, Record<string, string>[]][] = [
    [
      'preparation',
      [
        { item: 'concept_note', documentRef: 'DEMO-1' },
        { item: 'rationale', answer: 'Sample.' },
      ],
    ],
    [
      'appraisal',
      [
        { item: 'feasibility_study', documentRef: 'DEMO-2' },
        { item: 'esia', documentRef: 'DEMO-3' },
        { item: 'options', answer: 'Sample.' },
        { item: 'commercial_viability', answer: 'Sample.' },
      ],
    ],
    [
      'approval',
      [
        { item: 'financing_plan', documentRef: 'DEMO-4' },
        { item: 'affordability', answer: 'Sample.' },
        { item: 'deliverability', answer: 'Sample.' },
      ],
    ],
  ];
  let project: ProjectDto | undefined;
  for (const [to, items] of gates) {
    for (const item of items) await secretariat('POST', `/api/v1/projects/${id}/checklist`, item);
    project = await secretariat<ProjectDto>('POST', `/api/v1/projects/${id}/stage`, { to });
  }
  await secretariat('POST', `/api/v1/decisions/${project!.approval!.decisionId}/withdraw`);
}

describe('an irreversible action asks first and says what cannot be undone', () => {
  it('asks before the Secretariat cancels a project, and changes nothing when told no', async () => {
    const id = await proposeProject('A project to cancel');
    const page = await e2e.newPage();
    await signIn(page, 'secretariat@example.org');
    await openProject(page, id);
    const stage = page.getByTestId('stage-form');
    await stage.getByLabel('Cancel the project').check();
    await stage.getByLabel('Reason').fill('The sponsors withdrew.');
    await stage.getByRole('button', { name: 'Cancel the project' }).click();

    const dialog = page.getByRole('dialog', { name: 'Cancel the project?' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('The project ends at the Identification stage');
    expect(await dialog.getByTestId('confirm-irreversible').textContent()).toBe(
      'This cannot be undone: a cancelled project cannot be moved to any stage again; its record, ledger and discussion stay as they are.',
    );
    // Focus starts on the harmless choice.
    expect(
      await dialog
        .getByRole('button', { name: 'Cancel', exact: true })
        .evaluate((b) => b === document.activeElement),
    ).toBe(true);
    await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
    expect(await dialog.isVisible()).toBe(false);
    expect(await page.getByTestId('project-stage').textContent()).toBe('Identification');

    await stage.getByRole('button', { name: 'Cancel the project' }).click();
    await dialog.getByRole('button', { name: 'Cancel the project' }).click();
    await expect.poll(() => page.getByTestId('project-stage').textContent()).toBe('Cancelled');
    await page.context().close();
  });

  it('asks before the Secretariat opens a new approval decision', async () => {
    const id = await proposeProject('A project whose approval was withdrawn');
    await toWithdrawnApproval(id);
    const page = await e2e.newPage();
    await signIn(page, 'secretariat@example.org');
    await openProject(page, id);
    const approval = page.getByTestId('approval');
    await approval.getByRole('button', { name: 'Open a new approval decision' }).click();
    const dialog = page.getByRole('dialog', { name: 'Open a new approval decision?' });
    await dialog.waitFor();
    expect(await dialog.getByTestId('confirm-irreversible').textContent()).toContain(
      'This cannot be undone:',
    );
    await dialog.getByRole('button', { name: 'Open a new approval decision' }).click();
    await expect.poll(() => approval.locator('.status-badge').textContent()).toBe('Open');
    await page.context().close();
  });

  it('shows the same dialog in Russian and Chinese, and on a phone', async () => {
    const id = await proposeProject('A project shown in three languages');
    for (const [language, width, name, button, title, final] of [
      [
        'en',
        1280,
        'confirm-cancel-en',
        'Cancel the project',
        'Cancel the project?',
        'This cannot be undone:',
      ],
      ['ru', 1280, 'confirm-cancel-ru', 'Отменить проект', 'Отменить проект?', 'Это нельзя отменить:'],
      ['zh-CN', 1280, 'confirm-cancel-zh', '取消项目', '取消该项目？', '此操作无法撤销：'],
      [
        'en',
        390,
        'confirm-cancel-390',
        'Cancel the project',
        'Cancel the project?',
        'This cannot be undone:',
      ],
    ] as const) {
      const page = await e2e.newPage({ width });
      await signIn(page, 'secretariat@example.org');
      await page.evaluate((code) => localStorage.setItem('sco.language', code), language);
      await openProject(page, id);
      const stage = page.getByTestId('stage-form');
      await stage.getByLabel(button).check();
      await stage.locator('textarea').fill('Sample reason.');
      await stage.getByRole('button', { name: button }).click();
      const dialog = page.getByRole('dialog', { name: title });
      await dialog.waitFor();
      expect(await dialog.getByTestId('confirm-irreversible').textContent()).toContain(final);
      expect(await pageWidth(page)).toBeLessThanOrEqual(width);
      // The viewport, where the modal dialog sits, rather than the whole long page behind it.
      fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`) });
      await page.context().close();
    }
  });
});

describe('along the way', () => {
  it('raises no script errors', () => {
    expect(e2e.pageErrors).toEqual([]);
  });
});
