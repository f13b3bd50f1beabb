import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, pageWidth, screenshot, signIn, startE2E, type E2E } from './harness';

let e2e: E2E;
const AREA = JSON.stringify({
  type: 'Polygon',
  coordinates: [
    [
      [80.1, 45.1],
      [80.6, 45.1],
      [80.6, 45.5],
      [80.1, 45.1],
    ],
  ],
});
const year = new Date().getUTCFullYear() + 1;

beforeAll(async () => {
  e2e = await startE2E();
  const cn = await apiAs(e2e.baseUrl, 'defence.cn@example.org');
  await cn('POST', '/api/v1/cbm/messages', {
    state: 'CN',
    kind: 'query',
    to: ['KZ'],
    subject: 'Query for the browser test',
    text: 'How many aircraft take part?',
    urgent: true,
  });
});
afterAll(async () => {
  await e2e?.close();
});

describe('the CBM desk', () => {
  it('lets a defence contact declare an activity and read its obligations, messages and calendar', async () => {
    const page = await e2e.newPage();
    await signIn(page, 'defence.kz@example.org');
    await page.getByRole('navigation').getByRole('link', { name: 'CBM desk' }).click();
    await page.getByRole('heading', { name: 'Confidence-building measures' }).waitFor();
    const form = page.getByRole('form', { name: 'Declare a planned activity' });
    await form.getByLabel('From', { exact: true }).fill(`${year}-06-01`);
    await form.getByLabel('To', { exact: true }).fill(`${year}-06-10`);
    await form.getByLabel('Troops', { exact: true }).fill('5000');
    await form.getByLabel('Major equipment items', { exact: true }).fill('120');
    await form.getByLabel('Distance from the border (km)', { exact: true }).fill('60');
    await form.getByLabel('States concerned', { exact: true }).fill('CN');
    await form.getByLabel('Area (GeoJSON Polygon)', { exact: true }).fill(AREA);
    await form.getByRole('button', { name: 'Declare' }).click();
    const obligation = page.getByTestId('cbm-obligation').first();
    await obligation.waitFor();
    expect(await obligation.textContent()).toContain('Cannot be decided yet');
    expect(await obligation.textContent()).toContain('to be confirmed from the agreement text');
    const query = page.getByTestId('cbm-message').filter({ hasText: 'Query for the browser test' });
    expect(await query.textContent()).toMatch(/CBM\/CN\/\d+\/\d+/);
    expect(await query.textContent()).toContain('Answer due');
    await screenshot(page, 'cbm-desk-en');
    for (const [code, heading] of [
      ['ru', 'Меры доверия в военной области'],
      ['zh-CN', '军事领域建立信任措施'],
    ] as const) {
      await page.evaluate((c) => localStorage.setItem('sco.language', c), code);
      await page.reload();
      await page.getByRole('heading', { name: heading }).waitFor();
      await page.getByTestId('cbm-obligation').first().waitFor();
      await screenshot(page, `cbm-desk-${code}`);
    }
    await page.context().close();
    const phone = await e2e.newPage({ width: 390, height: 844 });
    await signIn(phone, 'defence.kz@example.org');
    await phone.goto('/cbm');
    await phone.getByTestId('cbm-declaration').first().waitFor();
    expect(await pageWidth(phone)).toBeLessThanOrEqual(390);
    await screenshot(phone, 'cbm-desk-390');
    await phone.context().close();
  });

  it('does not exist for anyone without a defence_contact mandate', async () => {
    const page = await e2e.newPage();
    await signIn(page, 'coordinator.kz@example.org');
    expect(await page.getByRole('navigation').getByRole('link', { name: 'CBM desk' }).count()).toBe(0);
    await page.goto('/cbm');
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).not.toContain('Confidence');
    const status = await page.evaluate(async () => (await fetch('/api/v1/cbm/messages')).status);
    expect(status).toBe(404);
    await page.context().close();
  });
});
