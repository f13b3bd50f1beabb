import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, startE2E, type E2E } from './harness';

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
    expect(await table.locator('tbody tr').first().textContent()).toContain('auth.session_started');
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

  it('raises no script errors along the way', () => {
    expect(e2e.pageErrors).toEqual([]);
  });
});
