import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageWidth, screenshot, startE2E, type E2E } from './harness';

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.close();
});

const LOCALES = [
  ['en-GB', 'en'],
  ['ru-RU', 'ru'],
  ['zh-CN', 'zh-CN'],
] as const;
const PAGES = [
  ['programmes', '/culture', 'culture-programmes'],
  ['designations', '/culture/designations', 'culture-designations'],
  ['designation', '/culture/designations/eight_wonders_tamgaly', 'designation-facts'],
  ['capitals', '/culture/capitals', 'culture-capitals'],
  ['nominations', '/culture/nominations', 'culture-tentative'],
] as const;

describe('the culture pages', () => {
  it('shows the lists, the map of designations and the yearly capitals', async () => {
    const page = await e2e.newPage();
    await page.goto('/culture/designations');
    await page.getByTestId('culture-map').waitFor();
    expect(await page.locator('[data-designation-row]').count()).toBe(13);
    await screenshot(page, 'culture-designations-en');
    await page.goto('/culture/capitals');
    await page.getByTestId('culture-capitals').waitFor();
    expect(await page.locator('[data-capital]').count()).toBe(4);
    expect(await page.getByTestId('culture-festival').textContent()).toContain('Almaty');
    await page.context().close();
  });

  for (const [locale, tag] of LOCALES) {
    it(`reads every culture page in ${locale} at 390 px with no sideways scroll`, async () => {
      for (const [name, url, ready] of PAGES) {
        const page = await e2e.newPage({ locale, width: 390, height: 800 });
        await page.goto(url);
        await page.getByTestId(ready).waitFor();
        expect(await page.locator('html').getAttribute('lang')).toBe(tag);
        expect(await pageWidth(page), `${name} in ${locale}`).toBeLessThanOrEqual(390);
        await screenshot(page, `culture-${name}-${tag}-390`);
        await page.context().close();
      }
    });
  }
});
