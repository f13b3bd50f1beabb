import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageWidth, SCREENSHOT_DIR, signIn, startE2E, type E2E } from './harness';
import { openProject, proposeProject } from './projectFixtures';

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.close();
});

describe('the stage gate follows each action without a reload', () => {
  it('keeps Forward closed until the checklist is met, then offers the next gate', async () => {
    const id = await proposeProject(e2e.baseUrl, 'A project through its first gate');
    const page = await e2e.newPage();
    await signIn(page, 'secretariat@example.org');
    await openProject(page, id);
    const stage = page.getByTestId('stage-form');
    const forward = stage.getByRole('button', { name: 'Forward to Preparation' });
    expect(await stage.getByLabel('Forward to Preparation').isChecked()).toBe(true);
    expect(await forward.isDisabled()).toBe(true);
    expect(await stage.getByTestId('gate-incomplete').textContent()).toBe(
      'Forward opens once every item of the gate above is met.',
    );

    const form = page.getByTestId('checklist-form');
    await form.getByLabel('Item').selectOption('concept_note');
    await form.getByLabel('Document reference').fill('DEMO-CN-1');
    await form.getByRole('button', { name: 'Record as met' }).click();
    await form.getByText('The item has been recorded.').waitFor();
    // One item of two is met: still closed.
    expect(await forward.isDisabled()).toBe(true);
    await form.getByLabel('Item').selectOption('rationale');
    await form.getByLabel('Answer').fill('Sample answer.');
    await form.getByRole('button', { name: 'Record as met' }).click();
    await page.getByTestId('gate-summary').getByText('Every item of this gate is met.').waitFor();
    await expect.poll(() => forward.isDisabled()).toBe(false);
    expect(await stage.getByTestId('gate-incomplete').count()).toBe(0);

    await forward.click();
    await expect.poll(() => page.getByTestId('project-stage').textContent()).toBe('Preparation');
    // The passed gate's form gives way to the next one's: its items, and Forward closed again.
    const options = await page
      .getByTestId('checklist-form')
      .getByLabel('Item')
      .locator('option')
      .allTextContents();
    expect(options).not.toContain('Concept note');
    expect(options).toContain('Feasibility study');
    expect(await stage.getByRole('button', { name: 'Forward to Appraisal' }).isDisabled()).toBe(true);
    await page.context().close();
  });
});

describe('in three languages and on a phone', () => {
  it('says why Forward is closed', async () => {
    const id = await proposeProject(e2e.baseUrl, 'A project at its first gate');
    for (const [language, width, hint] of [
      ['ru', 1280, 'Перевести проект дальше можно'],
      ['zh-CN', 1280, '方可推进到下一阶段'],
      ['en', 390, 'Forward opens once'],
    ] as const) {
      const page = await e2e.newPage({ width });
      await signIn(page, 'secretariat@example.org');
      await page.evaluate((code) => localStorage.setItem('sco.language', code), language);
      await openProject(page, id);
      const closed = page.getByTestId('gate-incomplete');
      expect(await closed.textContent()).toContain(hint);
      expect(await pageWidth(page)).toBeLessThanOrEqual(width);
      await closed.scrollIntoViewIfNeeded();
      fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, `stage-gate-${language}-${width}.png`) });
      await page.context().close();
    }
  });
});

describe('along the way', () => {
  it('raises no script errors', () => {
    expect(e2e.pageErrors).toEqual([]);
  });
});
