import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, startE2E, type E2E } from './harness';

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.close();
});

describe('the home page', () => {
  it('presents the organisation with counts, chairmanship and bodies from the API', async () => {
    const page = await e2e.newPage();
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Shanghai Cooperation Organisation' }).waitFor();
    await page.getByTestId('count-members').waitFor();
    expect(await page.getByTestId('count-members').textContent()).toContain('10');
    expect(await page.getByTestId('count-partners').textContent()).toContain('17');
    await page.getByTestId('current-chair').waitFor();
    const bodies = page.getByTestId('bodies');
    await bodies.waitFor();
    expect(await bodies.textContent()).toContain('Regional Anti-Terrorist Structure');
    expect(await bodies.textContent()).toContain('seat: Tashkent');
    expect(await page.locator('main').textContent()).toContain('Russian and Chinese');

    await page.getByTestId('count-members').click();
    await page.waitForURL(/\/states\?status=member$/);
    await expect.poll(() => page.locator('tbody tr').count()).toBe(10);
    await page.context().close();
  });

  it('the home page works with keyboard (skip link focusable)', async () => {
    const page = await e2e.newPage();
    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).waitFor();

    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    const box = await skip.boundingBox();
    expect(box && box.y >= 0 && box.height > 0).toBe(true);

    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

    // The next stop is inside the content, past the header.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
    await page.context().close();
  });

  it('reaches the language switcher and the states page by keyboard alone', async () => {
    const page = await e2e.newPage();
    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    const states = page.getByRole('navigation').getByRole('link', { name: 'States' });
    for (let i = 0; i < 10 && !(await states.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/states$/);
    await page.getByRole('heading', { level: 1, name: 'Member states and partners' }).waitFor();

    // Focus moved to <main> with the navigation; the header's controls are behind it.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    const language = page.getByLabel('Language');
    for (let i = 0; i < 10 && !(await language.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Shift+Tab');
    expect(await language.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.context().close();
  });

  it('has one h1 on every page and fits a phone screen', async () => {
    const page = await e2e.newPage({ width: 375, height: 740 });
    for (const url of ['/', '/states', '/states/BY', '/login', '/audit', '/no-such-page']) {
      await page.goto(url);
      await page.locator('h1').first().waitFor();
      await page.waitForLoadState('networkidle');
      expect(await page.locator('h1').count(), url).toBe(1);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), url).toBeLessThanOrEqual(375);
    }
    await page.goto('/');
    await page.getByTestId('bodies').waitFor();
    await screenshot(page, 'home-en-375');
    await page.context().close();
  });

  it('raises no script errors along the way', () => {
    expect(e2e.pageErrors).toEqual([]);
  });
});
