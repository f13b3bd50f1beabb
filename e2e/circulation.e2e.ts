import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, chooseLanguage, pageWidth, screenshot, signIn, startE2E, type E2E } from './harness';

let e2e: E2E;
const TITLE = 'Draft agreement circulated for the desk test';
let circulationId: string;
let number: string;

beforeAll(async () => {
  e2e = await startE2E();
  const sec = await apiAs(e2e.baseUrl, 'secretariat@example.org');
  const doc = await sec<{ id: string }>('POST', '/api/v1/documents', {
    kind: 'agreement',
    title: { en: TITLE, ru: `${TITLE} (ru)`, zh: `${TITLE}（中文）` },
    entryIntoForce: null,
    classification: 'public',
  });
  const deadline = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
  const c = await sec<{ id: string; number: string }>('POST', '/api/v1/circulations', {
    subject: { kind: 'document', id: doc.id },
    purpose: 'comments',
    states: ['KZ', 'CN', 'RU'],
    deadline: `${deadline}T17:00`,
  });
  circulationId = c.id;
  number = c.number;
});
afterAll(async () => {
  await e2e?.close();
});

describe('circulation desk, focal point inbox and Secretariat dashboard', () => {
  it("lets Kazakhstan's focal point open, acknowledge and comment, and the Secretariat follow it", async () => {
    const kz = await e2e.newPage();
    await signIn(kz, 'coordinator.kz@example.org');
    await kz.getByRole('navigation').getByRole('link', { name: 'Circulations' }).click();
    await kz.getByTestId('circulations').waitFor();
    await screenshot(kz, 'circulation-inbox-kz-en');
    await kz.getByRole('link', { name: number }).click();
    await kz.getByTestId('receipt-matrix').waitFor();
    const row = kz.locator('tr[data-state="KZ"]');
    // Opening it is the receipt: the "opened" cell is filled.
    expect(await row.locator('td').nth(1).textContent()).not.toBe('—');
    await kz.getByRole('button', { name: 'Acknowledge receipt' }).click();
    await kz.getByText('Receipt acknowledged.').first().waitFor();
    await kz.getByLabel("Your state's comments").fill('Kazakhstan proposes to shorten article 2.');
    await kz.getByRole('button', { name: 'Send comments' }).click();
    await row.getByText('Kazakhstan proposes to shorten article 2.').waitFor();
    await screenshot(kz, 'circulation-matrix-kz-en');
    await chooseLanguage(kz, 'ru');
    await kz.getByRole('button', { name: 'Отправить замечания' }).waitFor();
    await screenshot(kz, 'circulation-matrix-kz-ru');
    await chooseLanguage(kz, 'zh-CN');
    await kz.getByRole('button', { name: '提交意见' }).waitFor();
    await screenshot(kz, 'circulation-matrix-kz-zh');
    await kz.context().close();

    const uz = await e2e.newPage();
    await signIn(uz, 'coordinator.uz@example.org');
    await uz.goto('/circulations');
    await uz.getByText('No circulations here.').waitFor();
    await uz.context().close();

    const sec = await e2e.newPage();
    await signIn(sec, 'secretariat@example.org');
    await sec.goto('/circulations');
    const line = sec.locator(`tr[data-circulation="${number}"]`);
    await line.waitFor();
    expect(await line.textContent()).toContain('China, Russia');
    await screenshot(sec, 'circulation-desk-en');
    await sec.getByRole('navigation').getByRole('link', { name: 'Dashboard' }).click();
    const circulations = sec.locator('[data-section="circulations"]');
    await circulations.waitFor();
    expect(await circulations.getByRole('link', { name: TITLE }).count()).toBe(2);
    await screenshot(sec, 'secretariat-dashboard-en');
    await chooseLanguage(sec, 'ru');
    await sec.getByRole('heading', { name: 'Сводка Секретариата' }).waitFor();
    await screenshot(sec, 'secretariat-dashboard-ru');
    await chooseLanguage(sec, 'zh-CN');
    await sec.getByRole('heading', { name: '秘书处概览' }).waitFor();
    await screenshot(sec, 'secretariat-dashboard-zh');
    await circulations
      .getByRole('link', { name: `${TITLE}（中文）` })
      .first()
      .click();
    await sec.waitForURL(new RegExp(`/circulations/${circulationId}`));
    await sec.getByTestId('receipt-matrix').waitFor();
    await sec.context().close();
  });

  it('fits a 390 px phone', async () => {
    for (const [who, path, name] of [
      ['secretariat@example.org', '/secretariat', 'secretariat-dashboard-390'],
      ['secretariat@example.org', '/circulations', 'circulation-desk-390'],
      ['coordinator.kz@example.org', `/circulations/${circulationId}`, 'circulation-matrix-390'],
    ] as const) {
      const page = await e2e.newPage({ width: 390, height: 844 });
      await signIn(page, who);
      await page.goto(path);
      await page.locator('h1').waitFor();
      await page.locator('.table-scroll, [data-section]').first().waitFor();
      expect(await pageWidth(page)).toBeLessThanOrEqual(390);
      await screenshot(page, name);
      await page.context().close();
    }
    expect(e2e.pageErrors).toEqual([]);
  });
});
