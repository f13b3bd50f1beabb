import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, chooseLanguage, pageWidth, screenshot, signIn, startE2E, type E2E } from './harness';

let e2e: E2E;
/** One demo record of each printable kind, read through the API as the Secretariat sees them. */
const pages: Record<string, string> = {};
beforeAll(async () => {
  e2e = await startE2E();
  const sec = await apiAs(e2e.baseUrl, 'secretariat@example.org');
  const first = async (path: string) => (await sec<{ items: { id: string }[] }>('GET', path)).items[0]!.id;
  pages.decision = `/decisions/${await first('/api/v1/decisions')}`;
  pages.meeting = `/meetings/${await first('/api/v1/meetings')}`;
  pages.document = `/documents/${await first('/api/v1/documents')}`;
  pages.plan = `/plans/${await first('/api/v1/plans')}`;
  pages.project = `/projects/${await first('/api/v1/projects')}`;
});
afterAll(async () => {
  await e2e?.close();
});

/** What is visible on paper that should not be: navigation, forms, buttons, the page's tools. */
const visibleOnPaper = (page: Page) =>
  page
    .locator('nav, form, button, .button, input, select, textarea, .page-tools, .site-footer')
    .evaluateAll((els) => els.filter((e) => e.checkVisibility()).map((e) => e.outerHTML.slice(0, 80)));

async function printed(page: Page, path: string, name: string) {
  await page.emulateMedia({ media: 'screen' });
  await page.goto(path);
  await page.getByTestId('page-tools').waitFor();
  await page.locator('h1').first().waitFor();
  await page.emulateMedia({ media: 'print' });
  expect(await visibleOnPaper(page), path).toEqual([]);
  expect(await page.locator('h1').first().isVisible()).toBe(true);
  await screenshot(page, name);
}

describe('the print layout', () => {
  it('prints the decision, meeting, document, plan and project pages without navigation, forms or buttons', async () => {
    const page = await e2e.newPage();
    // The Secretariat's pages carry the most forms and buttons: all must stay off the paper.
    await signIn(page, 'secretariat@example.org');
    for (const [kind, path] of Object.entries(pages)) await printed(page, path, `print-${kind}-en`);
    await page.context().close();
  });

  it('offers a Print button that opens the browser print dialog, and the exports beside it', async () => {
    const page = await e2e.newPage();
    await page.addInitScript(() => {
      window.print = () => document.documentElement.setAttribute('data-printed', 'yes');
    });
    // The demo project is restricted: the Secretariat sees it and its ledger.
    await signIn(page, 'secretariat@example.org');
    await page.goto(pages.plan!);
    const tools = page.getByTestId('page-tools');
    await tools.getByRole('button', { name: 'Print' }).click();
    expect(await page.locator('html').getAttribute('data-printed')).toBe('yes');
    const csv = await tools.getByRole('link', { name: 'Progress as CSV' }).getAttribute('href');
    expect(csv).toMatch(/^\/api\/v1\/plans\/[^/]+\/progress\.csv$/);
    // fetch's text() drops a byte-order mark: read the bytes, which a spreadsheet program sees.
    const bytes = await page.evaluate(
      async (url) => [...new Uint8Array(await (await fetch(url)).arrayBuffer()).slice(0, 12)],
      csv!,
    );
    expect(Buffer.from(bytes).toString('utf8')).toBe('\ufeff"item_id"');
    await page.goto(pages.decision!);
    await page.getByTestId('page-tools').getByRole('link', { name: 'Positions as CSV' }).waitFor();
    await page.goto(pages.project!);
    await page.getByTestId('page-tools').getByRole('link', { name: 'Ledger as CSV' }).waitFor();
    await page.context().close();
  });

  for (const [language, label, print] of [
    ['ru', 'Русский', 'Печать'],
    ['zh-CN', '中文', '打印'],
  ] as const) {
    it(`prints in ${language}, on a phone as well`, async () => {
      const page = await e2e.newPage();
      await signIn(page, 'secretariat@example.org');
      await chooseLanguage(page, { label });
      await page.goto(pages.decision!);
      expect(await page.getByTestId('page-tools').getByRole('button').textContent()).toBe(print);
      for (const kind of ['decision', 'plan', 'project'])
        await printed(page, pages[kind]!, `print-${kind}-${language}`);
      await page.setViewportSize({ width: 390, height: 844 });
      await page.emulateMedia({ media: 'screen' });
      await page.goto(pages.meeting!);
      await page.getByTestId('page-tools').waitFor();
      expect(await pageWidth(page)).toBeLessThanOrEqual(390);
      await screenshot(page, `print-tools-phone-${language}`);
      await printed(page, pages.document!, `print-document-phone-${language}`);
      await page.context().close();
    });
  }

  it('raises no script errors along the way', () => {
    expect(e2e.pageErrors).toEqual([]);
  });
});
