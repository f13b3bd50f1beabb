import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, chooseLanguage, pageWidth, screenshot, signIn, startE2E, type E2E } from './harness';

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.close();
});

describe('the audit log', () => {
  it('a secretariat user sees the audit page with entries and a successful verification', async () => {
    const page = await e2e.newPage();
    await signIn(page, 'secretariat@example.org');
    await page.getByRole('navigation').getByRole('link', { name: 'Audit log' }).click();
    await page.waitForURL(/\/audit$/);

    const table = page.getByTestId('audit-table');
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBeGreaterThan(10);
    // Actions read as words; the code stays on the cell for whoever needs it.
    const newest = table.locator('tbody tr').first();
    expect(await newest.textContent()).toContain('Signed in');
    expect(await newest.locator('[data-action]').getAttribute('data-action')).toBe('auth.session_started');
    expect(await table.locator('tbody tr').first().textContent()).toContain('secretariat@example.org');
    expect(await table.textContent()).toContain('Secretariat');
    expect(await page.getByRole('link', { name: 'Download the log as CSV' }).getAttribute('href')).toBe(
      '/api/v1/audit.csv',
    );

    await page.getByRole('button', { name: 'Verify chain' }).click();
    const result = page.getByTestId('verify-result');
    await expect.poll(() => result.textContent()).toMatch(/^The chain is intact: \d+ entries checked\.$/);
    await page.context().close();
  });

  it('loads older entries page by page', async () => {
    const page = await e2e.newPage();
    await signIn(page, 'secretariat@example.org');
    // Forty contact updates make sure the log is longer than one page of fifty.
    await page.evaluate(async () => {
      const me = (await (await fetch('/api/v1/auth/me')).json()) as { csrfToken: string };
      for (let i = 0; i < 40; i++) {
        const response = await fetch('/api/v1/states/CN/contact', {
          method: 'PUT',
          headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': me.csrfToken },
          body: JSON.stringify({ office: `Office ${i}`, email: null, phone: null, website: null }),
        });
        if (!response.ok) throw new Error(`contact update answered ${response.status}`);
      }
    });
    await page.goto('/audit');
    const rows = page.getByTestId('audit-table').locator('tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(50);
    // The demo data of the modules adds entries of its own: load pages until there are no more.
    const more = page.getByRole('button', { name: 'Load older entries' });
    let shown = 50;
    while ((await more.count()) > 0) {
      await more.click();
      await expect.poll(() => rows.count()).toBeGreaterThan(shown);
      shown = await rows.count();
      await expect.poll(async () => (await more.count()) === 0 || (await more.isEnabled())).toBe(true);
    }
    expect(await rows.last().locator('td').first().textContent()).toBe('1');
    expect(await page.getByRole('button', { name: 'Load older entries' }).count()).toBe(0);
    await page.context().close();
  });

  it("a coordinator doesn't see audit entries", async () => {
    const page = await e2e.newPage();
    await signIn(page, 'coordinator.kz@example.org');
    expect(await page.getByRole('navigation').getByRole('link', { name: 'Audit log' }).count()).toBe(0);
    await page.goto('/audit');
    const notice = page.getByTestId('audit-not-allowed');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('You are not allowed to see the audit log');
    expect(await page.getByTestId('audit-table').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Verify chain' }).count()).toBe(0);
    await page.context().close();
  });

  it('asks a visitor to sign in', async () => {
    const page = await e2e.newPage();
    await page.goto('/audit');
    await page.getByTestId('audit-not-allowed').waitFor();
    expect(await page.getByTestId('audit-table').count()).toBe(0);
    await page.context().close();
  });

  const WORDS = {
    en: {
      label: 'English',
      actingFor: 'Acting for',
      action: 'Action',
      actor: 'Actor (e-mail)',
      apply: 'Apply filters',
      kz: 'Kazakhstan',
      changed: 'Contact details changed',
    },
    ru: {
      label: 'Русский',
      actingFor: 'От имени',
      action: 'Действие',
      actor: 'Пользователь (эл. почта)',
      apply: 'Применить',
      kz: 'Казахстан',
      changed: 'Изменены контактные данные',
    },
    'zh-CN': {
      label: '中文',
      actingFor: '代表',
      action: '操作',
      actor: '操作人（电子邮件）',
      apply: '应用筛选',
      kz: '哈萨克斯坦',
      changed: '修改联系方式',
    },
  } as const;

  for (const [language, w] of Object.entries(WORDS)) {
    it(`filters by actor, state and action, names actions and links targets in ${language}`, async () => {
      const kz = await apiAs(e2e.baseUrl, 'coordinator.kz@example.org');
      await kz('PUT', '/api/v1/states/KZ/contact', {
        office: `Astana ${language}`,
        email: null,
        phone: null,
        website: null,
      });
      const page = await e2e.newPage();
      await signIn(page, 'secretariat@example.org');
      if (language !== 'en') await chooseLanguage(page, { label: w.label });
      await page.goto('/audit');
      await page.getByTestId('audit-table').waitFor();

      await page.getByLabel(w.actor).fill('coordinator.kz@example.org');
      await page.getByLabel(w.actingFor).selectOption({ label: w.kz });
      await page.getByLabel(w.action, { exact: true }).selectOption({ label: w.changed });
      await page.getByRole('button', { name: w.apply }).click();
      await page.waitForURL(/actingFor=KZ/);
      expect(new URL(page.url()).searchParams.get('action')).toBe('states.contact_updated');

      const rows = page.getByTestId('audit-table').locator('tbody tr');
      await expect.poll(async () => (await rows.first().textContent()) ?? '').toContain(w.changed);
      const actions = await rows
        .locator('[data-action]')
        .evaluateAll((cells) => cells.map((c) => c.getAttribute('data-action')));
      expect(new Set(actions)).toEqual(new Set(['states.contact_updated']));
      expect(await rows.first().locator('td').nth(3).textContent()).toBe(w.kz);
      expect(await rows.first().locator('.audit-target a').getAttribute('href')).toBe('/states/KZ');

      // The CSV holds what the page shows: the same filters, the same entries.
      const href = (await page.getByTestId('audit-csv').getAttribute('href'))!;
      expect(href).toContain('actingFor=KZ');
      expect(href).toContain('action=states.contact_updated');
      const csv = await page.evaluate(async (url) => (await fetch(url)).text(), href);
      expect(csv.trim().split('\r\n')).toHaveLength((await rows.count()) + 1);
      await screenshot(page, `audit-filtered-${language}`);

      // Nothing this day range holds.
      await page.goto('/audit?to=2001-01-01');
      await page.getByTestId('audit-empty').waitFor();
      await page.context().close();
    });
  }

  it('fits a phone, filters and all', async () => {
    const page = await e2e.newPage({ width: 390, height: 844 });
    await signIn(page, 'secretariat@example.org');
    await chooseLanguage(page, { label: 'Русский' });
    await page.goto('/audit?action=auth.session_started');
    await page.getByTestId('audit-table').waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(390);
    await screenshot(page, 'audit-phone-ru');
    await page.context().close();
  });

  it('raises no script errors along the way', () => {
    expect(e2e.pageErrors).toEqual([]);
  });
});
