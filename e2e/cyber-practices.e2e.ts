import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PracticeListDto } from '../src/contracts/cyberPractices';
import { apiAs, chooseLanguage, pageWidth, screenshot, signIn, startE2E, type E2E } from './harness';

let e2e: E2E;
/** The demo practices (their ids), as a member CERT sees the library. */
let demo: PracticeListDto['items'] = [];

beforeAll(async () => {
  e2e = await startE2E();
  // As a member CERT sees the library: the TLP:GREEN demo practice is not in the anonymous list.
  const cert = await apiAs(e2e.baseUrl, 'cert.kg@example.org');
  demo = (await cert<PracticeListDto>('GET', '/api/v1/cyber/practices')).items.filter((p) => p.demo);
});
afterAll(async () => {
  await e2e?.close();
});

const demoId = (titleStart: string) => demo.find((p) => p.content.en?.title.startsWith(titleStart))!.id;

async function openLibrary(page: Page, search = '') {
  await page.goto(`/cyber/practices${search}`);
  await page.getByTestId('practice-count').waitFor();
}

async function openPractice(page: Page, id: string) {
  await page.goto(`/cyber/practices/${id}`);
  await page.getByTestId('practice-text').waitFor();
}

describe('the best-practices library', () => {
  it('shows an anonymous visitor the public demo practices only, labelled demo, with working filters', async () => {
    const page = await e2e.newPage();
    await openLibrary(page);
    expect(await page.getByTestId('practice-count').textContent()).toBe('2 practices');
    const cards = page.getByTestId('practice-list').locator('li');
    expect(await cards.count()).toBe(2);
    for (const card of await cards.all()) {
      expect(await card.locator('.demo-badge').textContent()).toBe('Demo');
      expect(await card.locator('.tlp-badge').textContent()).toBe('TLP:CLEAR');
    }
    // The TLP:GREEN demo practice stays within the member states, and so does its count.
    expect(await page.getByText('phishing', { exact: false }).count()).toBe(0);
    await page.getByLabel('Marking').selectOption('green');
    await page.getByTestId('no-practices').waitFor();
    expect(await page.getByTestId('practice-count').textContent()).toBe('0 practices');
    await page.getByLabel('Marking').selectOption('');
    await page.getByLabel('Category').selectOption('exercises');
    await expect.poll(() => page.getByTestId('practice-count').textContent()).toBe('1 practice');
    expect(page.url()).toContain('tag=exercises');
    await page.getByTestId('practice-list').getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: /tabletop exercise/ }).waitFor();
    const adoptions = page.getByTestId('adoptions');
    expect(await adoptions.locator('[data-state="KG"]').textContent()).toContain('Adopted');
    expect(await adoptions.locator('[data-state="UZ"]').textContent()).toContain('In progress');
    expect(await page.getByTestId('practice-discussion').textContent()).toContain('Sign in to read it');
    expect(await page.getByTestId('adoption-form').count()).toBe(0);
    await page.context().close();
  });

  it('falls back to the original language, saying so, and marks translations', async () => {
    const page = await e2e.newPage({ locale: 'zh-CN' });
    await page.goto('/');
    await chooseLanguage(page, 'zh-CN');
    await openPractice(page, demoId('Demo: a coordinated vulnerability disclosure'));
    expect(await page.locator('h1').textContent()).toBe(
      'Демо: политика скоординированного раскрытия уязвимостей',
    );
    expect(await page.locator('.language-note').first().textContent()).toContain(
      '没有中文版本；显示的是俄文版本。',
    );
    await page.getByTestId('read-in').getByRole('button', { name: '英文' }).click();
    expect(await page.locator('h1').textContent()).toBe(
      'Demo: a coordinated vulnerability disclosure policy',
    );
    expect(await page.locator('.translation-mark').first().textContent()).toBe('工作译文');
    await page.context().close();
  });

  it('lets a member CERT propose a practice, which the library then lists as TLP:GREEN', async () => {
    const page = await e2e.newPage();
    await signIn(page, 'cert.kz@example.org');
    await openLibrary(page);
    expect(await page.getByTestId('practice-count').textContent()).toBe('3 practices');
    await page.getByText('Propose a practice').click();
    const form = page.getByTestId('propose-form');
    const english = form.locator('fieldset', { hasText: 'Text in English' });
    await english.getByLabel('Title').fill('Offline backups of the national registry');
    await english.getByLabel('Summary').fill('Keep one copy offline and test the restore each quarter.');
    await english.getByLabel('Full text').fill('Three copies, two media, one offline.');
    await form.getByLabel('Marking').selectOption('green');
    await form.getByLabel('Categories').fill('backups, resilience');
    await screenshot(page, 'cyber-practices-propose-form');
    await form.getByRole('button', { name: 'Propose the practice' }).click();
    await form
      .getByTestId('propose-status')
      .getByText('The practice has been added to the library.')
      .waitFor();
    await expect.poll(() => page.getByTestId('practice-count').textContent()).toBe('4 practices');
    await form.getByTestId('propose-status').getByRole('link', { name: 'Open it' }).click();
    await page.getByRole('heading', { level: 1, name: 'Offline backups of the national registry' }).waitFor();
    expect(await page.locator('.tlp-badge').textContent()).toBe('TLP:GREEN');
    expect(await page.locator('.practice .page-head__meta .tag').allTextContents()).toEqual([
      'backups',
      'resilience',
    ]);
    await page.context().close();
  });

  it('shows the plan items a practice is linked to, labelled demo when they are', async () => {
    const page = await e2e.newPage();
    await signIn(page, 'cert.kz@example.org');
    await openPractice(page, demoId('Demo: phishing-awareness drills'));
    const items = page.getByTestId('plan-items');
    expect(await items.locator('.demo-badge').count()).toBe(1);
    await items.getByRole('link', { name: 'Demo: awareness campaigns' }).click();
    await page.waitForURL(/\/plans\//);
    await page.context().close();
  });

  it("shows a form's problem at the field and records nothing", async () => {
    const page = await e2e.newPage();
    await signIn(page, 'cert.kg@example.org');
    await openLibrary(page);
    const before = await page.getByTestId('practice-count').textContent();
    await page.getByText('Propose a practice').click();
    const form = page.getByTestId('propose-form');
    await form.locator('fieldset', { hasText: 'Text in English' }).getByLabel('Title').fill('Only a title');
    await form.getByRole('button', { name: 'Propose the practice' }).click();
    await form.locator('[aria-invalid="true"]').first().waitFor();
    expect(await page.getByTestId('practice-count').textContent()).toBe(before);
    await page.context().close();
  });

  it("lets Kazakhstan's coordinator record Kazakhstan's adoption, and a CERT comment", async () => {
    const tabletop = demoId('Demo: a yearly national tabletop');
    const page = await e2e.newPage();
    await signIn(page, 'coordinator.kz@example.org');
    await openPractice(page, tabletop);
    const form = page.getByTestId('adoption-form');
    await form.getByLabel('Status').selectOption('in_progress');
    await form.getByLabel('Date').fill('2026-02-01');
    await form.getByLabel('What came of it (optional)').fill('The first exercise is being prepared.');
    await form.getByRole('button', { name: 'Record the adoption of Kazakhstan' }).click();
    await form
      .getByTestId('adoption-status')
      .getByText('The adoption of Kazakhstan has been recorded.')
      .waitFor();
    const row = page.getByTestId('adoptions').locator('[data-state="KZ"]');
    expect(await row.textContent()).toContain('In progress');
    expect(await row.textContent()).toContain('The first exercise is being prepared.');
    await page.context().close();

    const cert = await e2e.newPage();
    await signIn(cert, 'cert.uz@example.org');
    await openPractice(cert, tabletop);
    const discussion = cert.getByTestId('practice-discussion');
    // The comments load after the page: wait for them rather than read a half-drawn discussion.
    await discussion.getByText('No comments yet.').waitFor();
    await discussion
      .getByRole('textbox', { name: 'Your comment' })
      .fill('We will share our scenario in the spring.');
    await discussion.getByRole('button', { name: 'Post the comment' }).click();
    // In the posted comment, not the textarea that still holds the words until the post returns.
    const posted = discussion.locator('.comment', { hasText: 'We will share our scenario in the spring.' });
    await posted.waitFor();
    expect(await posted.textContent()).toContain('cert.uz@example.org for Uzbekistan');
    await cert.context().close();
  });

  it('reads in English, Russian and Chinese and fits a phone screen', async () => {
    const tabletop = demoId('Demo: a yearly national tabletop');
    for (const [language, width, name] of [
      ['en', 1280, 'cyber-practices-en'],
      ['ru', 1280, 'cyber-practices-ru'],
      ['zh-CN', 1280, 'cyber-practices-zh'],
      ['en', 390, 'cyber-practices-390'],
      ['ru', 390, 'cyber-practices-390-ru'],
      ['zh-CN', 390, 'cyber-practices-390-zh'],
    ] as const) {
      const page = await e2e.newPage({ width, height: 900 });
      await signIn(page, 'cert.kz@example.org');
      await chooseLanguage(page, language);
      await openLibrary(page);
      expect(await pageWidth(page)).toBeLessThanOrEqual(width);
      await screenshot(page, name);
      await openPractice(page, tabletop);
      expect(await pageWidth(page)).toBeLessThanOrEqual(width);
      await screenshot(page, `${name}-practice`);
      await page.context().close();
    }
    expect(e2e.pageErrors).toEqual([]);
  });
});
