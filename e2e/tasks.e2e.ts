import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, pageWidth, screenshot, SCREENSHOT_DIR, signIn, startE2E, type E2E } from './harness';
import { openProject, proposeProject } from './projectFixtures';

let e2e: E2E;
const DRAFT = 'Draft on customs cooperation for the tasks test';
const PLAN = 'Demo: implementation tracker (illustrative items)';
beforeAll(async () => {
  e2e = await startE2E();
  const sec = await apiAs(e2e.baseUrl, 'secretariat@example.org');
  await sec('POST', '/api/v1/decisions', {
    body: 'CFM',
    title: { en: DRAFT, ru: `${DRAFT} (ru)`, zh: `${DRAFT}（中文）` },
    procedure: 'silence',
    deadline: new Date(Date.now() + 10 * 86_400_000).toISOString(),
    participants: ['KZ', 'UZ'],
  });
});
afterAll(async () => {
  await e2e?.close();
});

async function openTasks(page: Page, language?: string) {
  if (language) await page.evaluate((code) => localStorage.setItem('sco.language', code), language);
  await page.goto('/tasks');
  await page.getByTestId('tasks').waitFor();
}

describe('my tasks', () => {
  it("lists Kazakhstan's positions and reports due, soonest first, each linked to its page", async () => {
    const page = await e2e.newPage();
    await signIn(page, 'coordinator.kz@example.org');
    await page.getByRole('navigation').getByRole('link', { name: 'My tasks' }).click();
    await page.getByTestId('tasks').waitFor();
    expect(await page.getByTestId('tasks-for').textContent()).toMatch(/^Tasks for Kazakhstan: \d+$/);
    const position = page.locator('[data-task="position_due"]', { hasText: DRAFT });
    expect(await position.textContent()).toContain(
      'State your position on the draft. Procedure: Written procedure (silence)',
    );
    const report = page.locator('[data-task="report_due"]', { hasText: 'Demo: school programmes' });
    expect(await report.textContent()).toContain(PLAN);
    expect(await report.locator('.demo-badge').count()).toBe(1);
    // Soonest first: the draft due in ten days before the plan items due next year and later.
    const kinds = await page.locator('[data-task]').evaluateAll((l) => l.map((e) => e.dataset.task));
    expect(kinds.indexOf('position_due')).toBeLessThan(kinds.indexOf('report_due'));
    await screenshot(page, 'tasks-kz-en');
    await position.getByRole('link', { name: DRAFT }).click();
    await page.waitForURL(/\/decisions\//);
    await page.context().close();
  });

  it('shows no other state its list', async () => {
    const page = await e2e.newPage();
    await signIn(page, 'coordinator.cn@example.org');
    await openTasks(page);
    expect(await page.getByTestId('tasks-for').textContent()).toMatch(/^Tasks for China: /);
    expect(await page.getByTestId('tasks').textContent()).not.toContain(DRAFT);
    const refused = await page.evaluate(async () => (await fetch('/api/v1/tasks?for=KZ')).status);
    expect(refused).toBe(403);
    await page.context().close();
  });

  it("lists the Secretariat's own work: the plan to chase", async () => {
    const page = await e2e.newPage();
    await signIn(page, 'secretariat@example.org');
    await openTasks(page);
    expect(await page.getByTestId('tasks-for').textContent()).toMatch(/^Tasks for the Secretariat: \d+$/);
    const chase = page.locator('[data-task="plan_overdue"]', { hasText: PLAN });
    expect(await chase.textContent()).toContain('Send reminders: overdue items: 1; states lagging: 2');
    expect(await chase.textContent()).toContain('Overdue');
    expect(await page.locator('[data-task="position_due"]').count()).toBe(0);
    await screenshot(page, 'tasks-secretariat-en');
    await page.context().close();
  });

  for (const [language, width, title] of [
    ['ru', 1280, 'Мои задачи'],
    ['zh-CN', 1280, '我的任务'],
    ['en', 390, 'My tasks'],
    ['ru', 390, 'Мои задачи'],
  ] as const) {
    it(`reads in ${language} at ${width} px`, async () => {
      for (const who of ['coordinator.kz', 'secretariat']) {
        const page = await e2e.newPage({ width, height: 900 });
        await signIn(page, `${who}@example.org`);
        await openTasks(page, language);
        await page.getByRole('heading', { level: 1, name: title }).waitFor();
        expect(await pageWidth(page)).toBeLessThanOrEqual(width);
        await screenshot(page, `tasks-${who}-${language}-${width}`);
        await page.context().close();
      }
    });
  }
});

describe('plans', () => {
  it('are listed from the navigation, each linked to its page, in three languages and on a phone', async () => {
    const page = await e2e.newPage();
    await page.goto('/');
    await page.getByRole('navigation').getByRole('link', { name: 'Plans' }).click();
    await page.getByRole('heading', { level: 1, name: 'Implementation plans' }).waitFor();
    const list = page.getByTestId('plans-list');
    await list.getByRole('link', { name: PLAN }).waitFor();
    expect(await list.locator('.demo-badge').count()).toBeGreaterThan(0);
    await screenshot(page, 'plans-list-en');
    await list.getByRole('link', { name: PLAN }).click();
    await page.getByRole('heading', { level: 1, name: PLAN }).waitFor();
    await page.context().close();

    for (const [language, width, title] of [
      ['ru', 1280, 'Планы реализации'],
      ['zh-CN', 1280, '实施计划'],
      ['en', 390, 'Implementation plans'],
    ] as const) {
      const p = await e2e.newPage({ width });
      await p.goto('/');
      await p.evaluate((code) => localStorage.setItem('sco.language', code), language);
      await p.goto('/plans');
      await p.getByRole('heading', { level: 1, name: title }).waitFor();
      await p.getByTestId('plans-list').getByRole('link').first().waitFor();
      expect(await pageWidth(p)).toBeLessThanOrEqual(width);
      await screenshot(p, `plans-list-${language}-${width}`);
      await p.context().close();
    }
  });
});

describe('a stage set back, then a cancellation', () => {
  it('sets a project back with a reason shown in its history, and after cancelling says what is left', async () => {
    const id = await proposeProject(e2e.baseUrl, 'A project set back and cancelled');
    const kz = await apiAs(e2e.baseUrl, 'coordinator.kz@example.org');
    await kz('POST', `/api/v1/projects/${id}/checklist`, { item: 'concept_note', documentRef: 'CN-1' });
    await kz('POST', `/api/v1/projects/${id}/checklist`, { item: 'rationale', answer: 'A need.' });
    const sec = await apiAs(e2e.baseUrl, 'secretariat@example.org');
    await sec('POST', `/api/v1/projects/${id}/stage`, { to: 'preparation' });

    const page = await e2e.newPage();
    await signIn(page, 'secretariat@example.org');
    await openProject(page, id);
    const stage = page.getByTestId('stage-form');
    await stage.getByLabel('Back to Identification').check();
    await stage.getByLabel('Reason').fill('The concept note is being revised.');
    await stage.getByRole('button', { name: 'Back to Identification' }).click();
    await expect.poll(() => page.getByTestId('project-stage').textContent()).toBe('Identification');
    const history = page.getByTestId('stage-history');
    await history.locator('summary').click();
    expect(await history.textContent()).toContain('The concept note is being revised.');

    await stage.getByLabel('Cancel the project').check();
    await stage.getByLabel('Reason').fill('The sponsors withdrew.');
    await stage.getByRole('button', { name: 'Cancel the project' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel the project' }).click();
    const panel = page.getByTestId('cancelled-panel');
    await panel.waitFor();
    expect(await panel.textContent()).toContain('at the stage Identification');
    expect(await panel.textContent()).toContain('Reason: The sponsors withdrew.');
    expect(await panel.getByRole('link', { name: /download its record/ }).getAttribute('href')).toBe(
      '#exports-heading',
    );
    expect(await panel.getByRole('link', { name: /settle its books/ }).count()).toBe(1);
    expect(await page.getByTestId('stage-form').count()).toBe(0);
    // The history is what is left to read: open without a click.
    expect(await page.getByTestId('stage-history').getAttribute('open')).not.toBeNull();
    await screenshot(page, 'project-cancelled-en');
    await page.context().close();

    for (const [language, width] of [
      ['ru', 1280],
      ['zh-CN', 1280],
      ['en', 390],
    ] as const) {
      const p = await e2e.newPage({ width });
      await signIn(p, 'coordinator.kz@example.org');
      await p.evaluate((code) => localStorage.setItem('sco.language', code), language);
      await openProject(p, id);
      await p.getByTestId('cancelled-panel').waitFor();
      expect(await pageWidth(p)).toBeLessThanOrEqual(width);
      await p.getByTestId('cancelled-panel').screenshot({
        path: `${SCREENSHOT_DIR}/project-cancelled-${language}-${width}.png`,
      });
      await p.context().close();
    }
    expect(e2e.pageErrors).toEqual([]);
  });
});
