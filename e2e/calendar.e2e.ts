import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageWidth, screenshot, startE2E, type E2E } from './harness';

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.close();
});

const ASTANA = 'Meeting of the SCO Council of Heads of State, Astana';

describe('the calendar', () => {
  it('shows the Astana summit on 3 and 4 July in the month view of July 2024', async () => {
    const page = await e2e.newPage();
    await page.goto('/calendar?month=2024-07');
    await page.getByTestId('month-grid').waitFor();
    expect(await page.getByTestId('month-title').textContent()).toBe('July 2024');
    for (const day of ['2024-07-03', '2024-07-04'])
      expect(await page.locator(`td[data-day="${day}"]`).textContent()).toContain(ASTANA);
    expect(await page.locator('td[data-day="2024-07-05"]').textContent()).not.toContain(ASTANA);
    // Monday first: 1 July 2024 was a Monday.
    expect(await page.locator('tbody tr').first().locator('td').first().getAttribute('data-day')).toBe(
      '2024-07-01',
    );
    expect(await page.getByTestId('month-list').textContent()).toMatch(/3\s–\s4 July 2024/);
    await page.context().close();
  });

  it('moves between months with the keyboard and keeps the month in the address', async () => {
    const page = await e2e.newPage();
    await page.goto('/calendar?month=2024-06');
    await page.getByTestId('month-grid').waitFor();
    await page.getByRole('button', { name: 'Next month' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/month=2024-07/);
    expect(await page.getByTestId('month-title').textContent()).toBe('July 2024');

    // The summit's link in the grid takes the focus; Enter opens its page.
    const link = page.locator('td[data-day="2024-07-03"] a');
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/meetings\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: ASTANA }).waitFor();
    await page.context().close();
  });

  it("shows the summit's page with its dates, place, participants and source", async () => {
    const page = await e2e.newPage();
    await page.goto('/calendar?month=2024-07');
    await page.getByTestId('month-list').getByRole('link', { name: ASTANA }).click();
    await page.getByRole('heading', { level: 1, name: ASTANA }).waitFor();
    const facts = page.getByTestId('meeting-facts');
    expect(await facts.textContent()).toMatch(/3\s–\s4 July 2024/);
    expect(await facts.textContent()).toContain('Astana, Kazakhstan');
    expect(await facts.textContent()).toContain('Heads of state');
    expect(await facts.textContent()).toContain('Belarus');
    const source = page.getByTestId('meeting-source').getByRole('link', { name: /Source: astanatimes\.com/ });
    expect(await source.getAttribute('href')).toBe(
      'https://astanatimes.com/2024/07/sco-summit-kicks-off-in-astana/',
    );
    expect(await page.getByTestId('meeting-source').textContent()).toContain('Confirmed');
    expect(await page.getByRole('heading', { name: 'Minutes' }).count()).toBe(1);
    await page.context().close();
  });

  it('keeps the filters in the address and offers the feed of the filter', async () => {
    const page = await e2e.newPage();
    await page.goto('/calendar?view=list');
    await page.getByTestId('past').waitFor();
    await page.getByLabel('Body').selectOption('HSC');
    await page.getByLabel('State').selectOption('BY');
    await page.waitForURL(/body=HSC/);
    await page.waitForURL(/state=BY/);
    // Belarus has taken part in the summits since it joined at Astana.
    await expect.poll(() => page.getByTestId('past').locator('li').count()).toBe(3);
    expect(await page.getByTestId('past').textContent()).toContain(ASTANA);

    const subscribe = page.getByTestId('subscribe');
    expect(await subscribe.getByRole('link', { name: 'All public meetings' }).getAttribute('href')).toBe(
      '/api/v1/calendar.ics',
    );
    const feed = subscribe.getByRole('link', { name: /Meetings of this filter/ });
    const href = (await feed.getAttribute('href'))!;
    expect(href).toBe('/api/v1/calendar.ics?body=HSC&state=BY');
    const response = await fetch(`${e2e.baseUrl}${href}`);
    expect(response.headers.get('content-type')).toContain('text/calendar');
    const ics = (await response.text()).replace(/\r?\n[ \t]/g, '');
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(3);
    expect(ics).toContain('SUMMARY:Meeting of the SCO Council of Heads of State\\, Astana');

    await page.reload();
    await page.getByTestId('past').waitFor();
    // The body options arrive with the bodies list: wait for the select to show the filter.
    await expect.poll(() => page.getByLabel('Body').inputValue()).toBe('HSC');
    await page.context().close();
  });

  it("lists the upcoming demo meeting with the host's time zone and the reader's", async () => {
    const page = await e2e.newPage({ timezoneId: 'Europe/Berlin' });
    await page.goto('/calendar?view=list');
    const upcoming = page.getByTestId('upcoming');
    await upcoming.waitFor();
    const demo = upcoming.locator('li', { hasText: 'Demo: expert group on the digital economy' });
    expect(await demo.locator('.demo-badge').textContent()).toBe('Demo');
    expect(await demo.textContent()).toContain('09:30–18:00');
    // The host's zone by its name in the reader's language, not its IANA id.
    expect(await demo.textContent()).toMatch(/Kazakhstan/);
    expect(await demo.textContent()).not.toContain('Asia/Almaty');
    await demo.getByRole('link').first().click();
    await page.getByTestId('meeting-facts').waitFor();
    const reader = page.getByTestId('reader-zone');
    // 09:30–18:00 in Almaty is 05:30–14:00 in Berlin in winter, 06:30–15:00 in summer.
    expect(await reader.textContent()).toMatch(/0[56]:30–1[45]:00/);
    expect(await reader.textContent()).toContain('Central European');
    await page.context().close();
  });

  it('shows the month in Chinese on a phone and on a desktop', async () => {
    for (const width of [375, 1280]) {
      const page = await e2e.newPage({ locale: 'zh-CN', width, height: 800 });
      await page.goto('/calendar?month=2024-07');
      await page.getByTestId('month-grid').waitFor();
      expect(await page.getByTestId('month-title').textContent()).toBe('2024年7月');
      expect(await page.getByTestId('month-list').textContent()).toContain('2024年7月3日至4日');
      expect(await page.locator('thead').textContent()).toContain('周一');
      expect(await pageWidth(page)).toBeLessThanOrEqual(width);
      await screenshot(page, `calendar-zh-${width}`);
      await page.context().close();
    }
  });

  it('raises no script errors along the way', () => {
    expect(e2e.pageErrors).toEqual([]);
  });
});
