import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageWidth, screenshot, startE2E, type E2E } from './harness';

let e2e: E2E;
let technology = '';
let waterBody = '';
beforeAll(async () => {
  e2e = await startE2E();
  const technologies = (await (await fetch(`${e2e.baseUrl}/api/v1/environment/technologies`)).json()) as {
    items: { code: string; name: { value: { en: string } } | { en: string } }[];
  };
  technology = technologies.items[0]!.code;
  const bodies = (await (await fetch(`${e2e.baseUrl}/api/v1/environment/water-bodies`)).json()) as {
    items: { id: string; name: { en: string } }[];
  };
  waterBody = bodies.items.find((b) => b.name.en.includes('Aral'))!.id;
});
afterAll(async () => {
  await e2e?.close();
});

describe('the environment registries in a browser', () => {
  it('lists the published technologies, shows one with its sources, and a water body with its demo series', async () => {
    const page = await e2e.newPage();
    await page.goto('/environment');
    await page.getByTestId('tech-results').waitFor();
    expect(await page.getByTestId('tech-results').textContent()).toContain('Demo: drip irrigation');
    await screenshot(page, 'environment-registry-en');

    await page.goto(`/environment/technologies/${technology}`);
    await page.getByTestId('tech-status').waitFor();
    expect(await page.getByTestId('tech-versions').textContent()).toBeTruthy();
    await screenshot(page, 'environment-technology-en');

    await page.goto('/environment/water-bodies');
    await page.getByTestId('water-bodies').waitFor();
    expect(await page.getByTestId('water-bodies').textContent()).toContain('Aral Sea');
    await page.goto(`/environment/water-bodies/${waterBody}`);
    await page.getByTestId('water-series').waitFor();
    expect((await page.getByTestId('water-series').textContent())?.toLowerCase()).toContain('demo');
    expect(await page.getByTestId('water-series').locator('svg').count()).toBeGreaterThan(0);
    await screenshot(page, 'environment-water-body-en');
    await page.context().close();
  });

  for (const [locale, tag] of [
    ['ru-RU', 'ru'],
    ['zh-CN', 'zh-CN'],
  ] as const) {
    it(`reads every page in ${locale}, and at 390 px with no sideways scroll`, async () => {
      for (const width of [1280, 390]) {
        const page = await e2e.newPage({ locale, width, height: 800 });
        for (const [name, url, ready] of [
          ['registry', '/environment', 'tech-results'],
          ['technology', `/environment/technologies/${technology}`, 'tech-status'],
          ['water-bodies', '/environment/water-bodies', 'water-bodies'],
          ['water-body', `/environment/water-bodies/${waterBody}`, 'water-series'],
        ] as const) {
          await page.goto(url);
          await page.getByTestId(ready).waitFor();
          expect(await page.locator('html').getAttribute('lang')).toBe(tag);
          if (width === 390) expect(await pageWidth(page), `${name} ${locale}`).toBeLessThanOrEqual(390);
          await screenshot(page, `environment-${name}-${tag}${width === 390 ? '-390' : ''}`);
        }
        await page.context().close();
      }
    });
  }

  it('keeps the page free of errors', () => {
    expect(e2e.pageErrors).toEqual([]);
  });
});
