import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseLanguage, screenshot, signIn, startE2E, type E2E } from './harness';

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.close();
});

/** A delivery as the outbox parks it after its handler kept failing. */
async function park(id: string) {
  const at = new Date().toISOString();
  await e2e.app.kernel.db
    .insertInto('core_event_delivery')
    .values({
      id,
      event_id: `event-${id}`,
      event: 'decisions.deadline_near',
      payload: JSON.stringify({ id: `decision-${id}`, title: 'Demo', deadline: at, pending: [] }),
      handler: 'notifications.deadline_near',
      status: 'parked',
      attempts: 8,
      emitted_at: at,
      due_at: at,
      last_error: 'SMTP server refused the connection',
      finished_at: at,
    })
    .execute();
}

describe('parked deliveries', () => {
  it('the Secretariat sees that nothing is parked, then a parked delivery, and sends it again', async () => {
    const page = await e2e.newPage();
    await signIn(page, 'secretariat@example.org');
    await page.getByRole('navigation').getByRole('link', { name: 'Deliveries' }).click();
    await page.waitForURL(/\/jobs\/parked$/);
    await page.getByTestId('jobs-none').waitFor();

    await park('e2e-1');
    await page.reload();
    const table = page.getByTestId('parked-table');
    await table.waitFor();
    const row = table.locator('tbody tr');
    expect(await row.count()).toBe(1);
    expect(await row.first().textContent()).toContain('notifications.deadline_near');
    expect(await row.first().textContent()).toContain('SMTP server refused the connection');
    await screenshot(page, 'jobs-parked-en-1280');

    await page.getByRole('button', { name: 'Send again' }).click();
    await page.getByTestId('jobs-none').waitFor();
    const audit = await e2e.app.kernel.db
      .selectFrom('core_audit_entry')
      .select(['action', 'actor_email'])
      .where('target_id', '=', 'e2e-1')
      .execute();
    expect(audit).toEqual([{ action: 'jobs.delivery_retried', actor_email: 'secretariat@example.org' }]);
    await page.context().close();
  });

  it('reads in Russian and Chinese, and at phone width', async () => {
    await park('e2e-2');
    for (const [language, name, title] of [
      ['ru', 'ru', 'Отложенные доставки'],
      ['zh-CN', 'zh', '搁置的投递'],
    ] as const) {
      for (const width of [1280, 390]) {
        const page = await e2e.newPage({ width });
        await signIn(page, 'secretariat@example.org');
        await page.goto('/jobs/parked');
        await chooseLanguage(page, language);
        await page.getByTestId('parked-table').waitFor();
        expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(title);
        await screenshot(page, `jobs-parked-${name}-${width}`);
        await page.context().close();
      }
    }
  });

  it('a coordinator is told the page is for the Secretariat and sees no delivery', async () => {
    const page = await e2e.newPage();
    await signIn(page, 'coordinator.kz@example.org');
    await page.goto('/jobs/parked');
    await page.getByTestId('jobs-not-allowed').waitFor();
    expect(await page.getByTestId('parked-table').count()).toBe(0);
    const status = await page.evaluate(async () => (await fetch('/api/v1/jobs/parked')).status);
    expect(status).toBe(403);
    await page.context().close();
  });
});
