import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageWidth, screenshot, startE2E, type E2E } from './harness';

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.close();
});

const PAGES = ['/', '/states', '/documents', '/decisions', '/calendar', '/projects'];

describe('the header at phone width', () => {
  for (const [locale, menu] of [
    ['en', 'Menu'],
    ['ru', 'Меню'],
    ['zh-CN', '菜单'],
  ] as const) {
    it(`folds the navigation behind a ${locale} Menu button that closes on navigation`, async () => {
      const page = await e2e.newPage({ locale, width: 390, height: 844 });
      await page.goto('/');
      const button = page.getByRole('button', { name: menu });
      await button.waitFor();
      expect(await button.getAttribute('aria-expanded')).toBe('false');
      const nav = page.getByRole('navigation');
      expect(await nav.isVisible()).toBe(false);
      // The header is a line, not a third of the screen.
      const header = await page.locator('.site-header').boundingBox();
      expect(header!.height).toBeLessThan(844 / 8);
      await screenshot(page, `phone-menu-closed-${locale}`);

      await button.focus();
      await page.keyboard.press('Enter');
      expect(await button.getAttribute('aria-expanded')).toBe('true');
      expect(await nav.isVisible()).toBe(true);
      await screenshot(page, `phone-menu-open-${locale}`);
      await page.keyboard.press('Escape');
      expect(await button.getAttribute('aria-expanded')).toBe('false');
      expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);

      await button.click();
      await nav.getByRole('link').nth(1).click();
      await page.waitForURL(/\/states/);
      expect(await button.getAttribute('aria-expanded')).toBe('false');
      expect(await nav.isVisible()).toBe(false);
      await page.context().close();
    });
  }

  it('keeps the menu open on a wide screen without a button', async () => {
    const page = await e2e.newPage({ width: 1280 });
    await page.goto('/');
    await page.getByRole('navigation').waitFor();
    expect(await page.getByRole('button', { name: 'Menu' }).isVisible()).toBe(false);
    await page.context().close();
  });

  it('leaves no page wider than the phone: wide tables scroll in their own box', async () => {
    const page = await e2e.newPage({ width: 390, height: 844 });
    for (const path of PAGES) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForLoadState('networkidle');
      expect(await pageWidth(page), path).toBeLessThanOrEqual(390);
    }
    await page.goto('/states');
    await page.locator('.table-scroll').first().waitFor();
    await screenshot(page, 'phone-states-table');
    await page.context().close();
  });
});
