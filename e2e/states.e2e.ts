import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, startE2E, type E2E } from './harness';

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.close();
});

describe('the states page', () => {
  it('shows the map with a shape for each state the atlas draws', async () => {
    const page = await e2e.newPage();
    await page.goto('/states');
    const map = page.getByTestId('states-map');
    await map.waitFor();
    expect(await map.getAttribute('role')).toBe('img');
    expect(await map.getAttribute('aria-label')).toContain('Map of the SCO member states and partners');
    expect(await map.locator('[data-state]').count()).toBeGreaterThanOrEqual(20);
    expect(await map.locator('a:has([data-state="BY"]) title').textContent()).toBe('Belarus: Member state');
    // Too small for the 1:110m atlas, drawn as a dot.
    expect(await map.locator('[data-state="BH"]').count()).toBe(1);
    await page.context().close();
  });

  it('lists Belarus as a member state since 4 July 2024', async () => {
    const page = await e2e.newPage();
    await page.goto('/states');
    const row = page.locator('tr[data-state-row="BY"]');
    await row.waitFor();
    const text = await row.textContent();
    expect(text).toContain('Belarus');
    expect(text).toContain('Member state');
    expect(text).toContain('4 July 2024');
    expect(await page.locator('tbody tr').count()).toBe(27);
    expect(await page.locator('tr[data-state-row="MV"]').textContent()).toContain('Maldives');
    await page.context().close();
  });

  it('filters the list by status and keeps the filter in the address', async () => {
    const page = await e2e.newPage();
    await page.goto('/states');
    await page.getByLabel('Status', { exact: true }).selectOption('partner');
    await page.waitForURL(/status=partner/);
    await expect.poll(() => page.locator('tbody tr').count()).toBe(17);
    await page.reload();
    await page.locator('tbody tr').first().waitFor();
    expect(await page.locator('tbody tr').count()).toBe(17);
    await page.context().close();
  });

  it('opens a state from the map with the keyboard', async () => {
    const page = await e2e.newPage();
    await page.goto('/states');
    const kazakhstan = page.locator('[data-testid="states-map"] a:has([data-state="KZ"])');
    await kazakhstan.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/states\/KZ$/);
    await page.getByRole('heading', { level: 1, name: 'Kazakhstan' }).waitFor();
    await page.context().close();
  });

  it('renders the map and Chinese text on a phone and on a desktop', async () => {
    for (const width of [375, 1280]) {
      const page = await e2e.newPage({ locale: 'zh-CN', width, height: 800 });
      await page.goto('/states');
      await page.getByTestId('states-map').waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
      expect(await page.locator('tr[data-state-row="BY"]').textContent()).toContain('白俄罗斯');
      // Nothing but the scrolling table may be wider than the screen.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await screenshot(page, `states-zh-${width}`);
      await page.context().close();
    }
  });
});

describe('the page of a state', () => {
  it('shows the status timeline of Belarus with its sources', async () => {
    const page = await e2e.newPage();
    await page.goto('/states/BY');
    await page.getByRole('heading', { level: 1, name: 'Belarus' }).waitFor();
    const entries = page.getByTestId('status-timeline').locator('li');
    expect(await entries.count()).toBe(3);
    expect(await entries.nth(0).textContent()).toContain('Dialogue partner');
    expect(await entries.nth(0).textContent()).toContain('2010 – 2015');
    expect(await entries.nth(1).textContent()).toContain('2015 – 4 July 2024');
    expect(await entries.nth(2).textContent()).toContain('since 4 July 2024');
    expect(await entries.nth(2).textContent()).toContain('Confirmed');
    expect(await entries.nth(2).textContent()).toContain('Membership granted at the Astana summit');

    const source = entries.nth(2).getByRole('link', { name: /Source: astanatimes\.com/ });
    expect(await source.getAttribute('href')).toBe(
      'https://astanatimes.com/2024/07/sco-welcomes-belarus-as-its-10th-member-state/',
    );
    expect(await source.getAttribute('target')).toBe('_blank');
    expect(await source.getAttribute('rel')).toContain('noopener');

    expect(await page.getByText('Беларусь', { exact: true }).count()).toBe(1);
    expect(await page.getByText('白俄罗斯', { exact: true }).count()).toBe(1);
    await screenshot(page, 'state-by-en-1280');
    await page.context().close();
  });

  it('explains an unknown state code', async () => {
    const page = await e2e.newPage();
    await page.goto('/states/XX');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('There is no state with the code XX.');
    await page.context().close();
  });

  it('raises no script errors along the way', () => {
    expect(e2e.pageErrors).toEqual([]);
  });
});
