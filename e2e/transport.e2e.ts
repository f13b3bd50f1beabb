import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageWidth, screenshot, startE2E, type E2E } from './harness';

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.close();
});

describe('the transport network page', () => {
  it('lists the corridors and the nodes, an unknown UN/LOCODE as unknown', async () => {
    const page = await e2e.newPage();
    await page.goto('/transport');
    await page.getByTestId('transport-nodes').waitFor();
    expect(await page.locator('[data-node-row]').count()).toBe(58);
    expect(await page.locator('tr[data-node-row="lianyungang"]').textContent()).toContain('CNLYG');
    expect(await page.locator('tr[data-node-row="xian"]').textContent()).toContain('unknown');
    expect(await page.getByTestId('transport-corridors').textContent()).toContain('Middle Corridor');
    await page.context().close();
  });

  it('reads in Russian and Chinese at 390 px', async () => {
    for (const [locale, title] of [
      ['ru-RU', 'Транспортная сеть'],
      ['zh-CN', '交通运输网络'],
      ['en-GB', 'Transport network'],
    ] as const) {
      const page = await e2e.newPage({ locale, width: 390, height: 800 });
      await page.goto('/transport');
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      await page.getByTestId('transport-nodes').waitFor();
      expect(await pageWidth(page)).toBeLessThanOrEqual(390);
      await screenshot(page, `transport-${locale}-390`);
      await page.context().close();
    }
  });
});
