import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LedgerEntryDto } from '../src/contracts/finance';
import { proposeProject as proposeSample, openProject } from './projectFixtures';
import { apiAs, pageWidth, screenshot, signIn, startE2E, type E2E } from './harness';

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.close();
});

type Api = Awaited<ReturnType<typeof apiAs>>;

const proposeProject = (title: string) => proposeSample(e2e.baseUrl, title);

async function book(api: Api, id: string, kind: string, amount: string, currency = 'USD') {
  return api<LedgerEntryDto>('POST', `/api/v1/projects/${id}/transactions`, {
    kind,
    funder: 'KZ',
    amount,
    currency,
    valueDate: '2026-11-02',
  });
}

describe('results', () => {
  it('lets the proposing coordinator add a milestone and mark it done', async () => {
    const id = await proposeProject('Milestones of a solar plant');
    const page = await e2e.newPage();
    await signIn(page, 'coordinator.kz@example.org');
    await openProject(page, id);

    const add = page.getByTestId('milestone-form');
    await add.getByLabel('Milestone in English').fill('Feasibility study approved');
    await add.getByLabel('Milestone in Russian').fill('ТЭО утверждено');
    await add.getByLabel('Milestone in Chinese').fill('可行性研究获批');
    await add.getByLabel('Due date').fill('2027-03-31');
    expect(await add.getByLabel('Status').inputValue()).toBe('planned');
    await add.getByRole('button', { name: 'Add the milestone' }).click();
    await add.getByRole('status').getByText('Added: Feasibility study approved.').waitFor();

    const row = page.getByTestId('milestones').locator('tbody tr', { hasText: 'Feasibility study approved' });
    await row.waitFor();
    expect(await row.textContent()).toContain('31 March 2027');
    expect(await row.locator('.status-badge').textContent()).toBe('Planned');

    const update = page.getByTestId('milestone-update-form');
    expect(
      await update.getByLabel('Milestone', { exact: true }).locator('option:checked').textContent(),
    ).toBe('Feasibility study approved (due 31 March 2027)');
    await update.getByLabel('Status').selectOption('done');
    await update.getByLabel('Evidence', { exact: true }).fill('Approved by the ministry on 12 March.');
    await update.getByLabel('Link to the evidence').fill('https://example.org/approval.pdf');
    await update.getByRole('button', { name: 'Save the milestone' }).click();
    await update.getByText('The milestone has been updated.').waitFor();
    await expect.poll(() => row.locator('.status-badge').textContent()).toBe('Done');
    expect(await row.textContent()).toContain('Approved by the ministry on 12 March.');
    expect(await row.getByRole('link', { name: 'Evidence (link)' }).getAttribute('href')).toBe(
      'https://example.org/approval.pdf',
    );
    await page.context().close();

    // Another member state follows the project but does not keep its file.
    const cn = await e2e.newPage();
    await signIn(cn, 'coordinator.cn@example.org');
    await openProject(cn, id);
    await cn.getByTestId('milestones').waitFor();
    // Signed in (China may book as its own funder), yet without the forms of the file.
    await cn.getByTestId('booking-form').waitFor();
    expect(await cn.getByTestId('milestone-form').count()).toBe(0);
    expect(await cn.getByTestId('indicator-form').count()).toBe(0);
    await cn.context().close();
  });

  it('lets the Secretariat add an indicator and record its actual value, exactly as written', async () => {
    const id = await proposeProject('Indicators of a solar plant');
    const page = await e2e.newPage();
    await signIn(page, 'secretariat@example.org');
    await openProject(page, id);

    const add = page.getByTestId('indicator-form');
    await add.getByLabel('Indicator in English').fill('Installed capacity');
    await add.getByLabel('Indicator in Russian').fill('Установленная мощность');
    await add.getByLabel('Indicator in Chinese').fill('装机容量');
    await add.getByLabel('Unit').fill('MW');
    await add.getByLabel('Baseline').fill('0');
    await add.getByLabel('Target').fill('50.0');
    await add.getByRole('button', { name: 'Add the indicator' }).click();
    await add.getByRole('status').getByText('Added: Installed capacity.').waitFor();

    const row = page.getByTestId('indicators').locator('tbody tr', { hasText: 'Installed capacity' });
    await row.waitFor();
    expect(await row.locator('td').allTextContents()).toEqual(['MW', '0', '50.0', 'Not yet measured']);

    const actual = page.getByTestId('indicator-actual-form');
    expect(await actual.getByLabel('Indicator').locator('option:checked').textContent()).toBe(
      'Installed capacity',
    );
    expect(await actual.textContent()).toContain('In MW; baseline 0, target 50.0.');
    await actual.getByLabel('Actual value').fill('12.50');
    await actual.getByRole('button', { name: 'Record the value' }).click();
    await actual.getByText('Recorded: Installed capacity at 12.50 MW.').waitFor();
    // Trailing zeros are part of the measurement; nothing went through a float.
    await expect.poll(() => row.locator('td').last().textContent()).toBe('12.50');
    await page.context().close();
  });
});

describe('correcting the ledger', () => {
  it('lets the Secretariat reverse a disbursement, and the disbursed total goes back exactly', async () => {
    const id = await proposeProject('A project whose ledger is corrected');
    const secretariatApi = await apiAs(e2e.baseUrl, 'secretariat@example.org');
    await book(secretariatApi, id, 'commitment', '0.50');
    await book(secretariatApi, id, 'disbursement', '0.10');
    await book(secretariatApi, id, 'disbursement', '0.25');

    const page = await e2e.newPage();
    const keys: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/reverse'))
        keys.push(request.headers()['idempotency-key'] ?? '');
    });
    await signIn(page, 'secretariat@example.org');
    await openProject(page, id);
    const disbursed = page.getByTestId('total-USD-disbursement');
    await expect.poll(() => disbursed.textContent()).toBe('US$0.35');

    const ledger = page.getByTestId('ledger');
    const entryId = await ledger
      .locator('tbody tr[data-kind="disbursement"]', { hasText: 'US$0.25' })
      .getAttribute('data-entry');
    const entry = ledger.locator(`tbody tr[data-entry="${entryId}"]`);
    await entry.getByRole('button', { name: 'Reverse' }).click();
    const dialog = page.getByRole('dialog', { name: 'Reverse this entry?' });
    await dialog.waitFor();
    expect(await dialog.locator('.reverse__entry').textContent()).toBe(
      'Disbursement of US$0.25 from Kazakhstan, value date 2 November 2026',
    );
    expect(await dialog.getByTestId('confirm-irreversible').textContent()).toBe(
      'This cannot be undone: the reversing entry cannot be deleted or reversed in turn; it stays beside the entry with its reason.',
    );
    const confirm = dialog.getByRole('button', { name: 'Book the reversal' });
    // A reversal needs its reason.
    expect(await confirm.isDisabled()).toBe(true);
    await dialog.getByLabel('Reason for the reversal').fill('Booked twice by mistake.');
    await confirm.click();

    await page
      .getByTestId('ledger-status')
      .getByText('Reversed: Disbursement of US$0.25 from Kazakhstan, value date 2 November 2026')
      .waitFor();
    expect(await dialog.isVisible()).toBe(false);
    // 0.35 − 0.25 in floating point is 0.09999999999999998: the page shows the server's exact total.
    await expect.poll(() => disbursed.textContent()).toBe('US$0.10');
    expect(await page.getByTestId('total-USD-commitment').textContent()).toBe('US$0.50');
    expect(await page.getByTestId('finance-chart').locator('desc').textContent()).toContain(
      'Disbursed: US$0.10',
    );

    const rows = ledger.locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(4);
    const reversal = rows.nth(3);
    expect(await reversal.textContent()).toContain('Reversing entry');
    expect(await reversal.textContent()).toContain('Booked twice by mistake.');
    expect(await reversal.textContent()).toContain('-US$0.25');
    expect(await reversal.getByRole('button', { name: 'Reverse' }).count()).toBe(0);
    await expect.poll(() => entry.textContent()).toContain('Reversed');
    expect(await entry.getByRole('button', { name: 'Reverse' }).count()).toBe(0);
    // The other entries may still be corrected.
    expect(await rows.nth(0).getByRole('button', { name: 'Reverse' }).count()).toBe(1);

    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    await page.context().close();
  });
});

describe('organisations', () => {
  const BANK = 'Rheinland Infrastructure Bank (test)';

  it('lets the Secretariat register a bank in Germany and book a pledge from it', async () => {
    const id = await proposeProject('A project a German bank pledges to');
    const page = await e2e.newPage();
    await signIn(page, 'secretariat@example.org');
    await page.getByRole('navigation').getByRole('link', { name: 'Organisations' }).click();
    await page.waitForURL(/\/organisations$/);
    await page.getByRole('heading', { level: 1, name: 'Organisations' }).waitFor();
    const table = page.getByTestId('organisations');
    expect(await table.textContent()).toContain('Demo Development Bank (fictional)');

    const form = page.getByTestId('organisation-form');
    await form.getByLabel('Name in English').fill(BANK);
    await form.getByLabel('Kind').selectOption('bank');
    await form.getByLabel('Country').selectOption('DE');
    await form.getByLabel('Website').fill('https://bank.example');
    await form.getByRole('button', { name: 'Register the organisation' }).click();
    await form
      .getByTestId('organisation-status')
      .getByText(`Registered: ${BANK} (Germany). It can now sponsor and fund projects.`)
      .waitFor();
    const row = table.locator('tbody tr', { hasText: BANK });
    await row.waitFor();
    expect(await row.locator('td').allTextContents()).toEqual([
      'Bank',
      'Germany',
      'Open the website (opens in a new tab)',
    ]);

    await openProject(page, id);
    const booking = page.getByTestId('booking-form');
    await booking.getByLabel('Kind').selectOption('pledge');
    await booking.getByLabel('Funder').selectOption({ label: BANK });
    await booking.getByLabel('Amount').fill('500.00');
    await booking.getByLabel('Currency').selectOption('EUR');
    await booking.getByRole('button', { name: 'Book the entry' }).click();
    await booking
      .getByTestId('booking-status')
      .getByText(`Booked: Pledge of €500.00 from ${BANK}.`)
      .waitFor();
    await expect.poll(() => page.getByTestId('total-EUR-pledge').textContent()).toBe('€500.00');
    const entry = page.getByTestId('ledger').locator('tbody tr', { hasText: BANK });
    expect(await entry.textContent()).toContain('Pledge');
    await page.context().close();
  });

  it('offers a national coordinator only their own country', async () => {
    const page = await e2e.newPage();
    await signIn(page, 'coordinator.kz@example.org');
    await page.goto('/organisations');
    const form = page.getByTestId('organisation-form');
    await form.waitFor();
    expect(await form.getByLabel('Country').locator('option').allTextContents()).toEqual(['Kazakhstan']);
    await page.context().close();
  });

  it('shows the register to a visitor without the form', async () => {
    const page = await e2e.newPage();
    await page.goto('/organisations');
    await page.getByTestId('organisations').waitFor();
    expect(await page.getByTestId('organisation-form').count()).toBe(0);
    await page.context().close();
  });
});

describe('exchange rates', () => {
  it('shows the converted gap with the rate’s date after the Secretariat records a USD rate', async () => {
    const id = await proposeProject('A project reported in euros');
    const secretariatApi = await apiAs(e2e.baseUrl, 'secretariat@example.org');
    await book(secretariatApi, id, 'commitment', '0.30');

    const page = await e2e.newPage();
    const reports: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes(`/projects/${id}/finance`)) reports.push(new URL(request.url()).search);
    });
    await signIn(page, 'secretariat@example.org');
    await openProject(page, id);
    const gap = page.getByTestId('gap');
    await expect.poll(() => gap.textContent()).toBe('US$999.70');

    await page.getByLabel('Report currency').selectOption('EUR');
    await expect
      .poll(() => gap.textContent())
      .toMatch(/^Not computed: no exchange rate recorded for USD\/EUR/);
    expect(reports).toContain('?reportCurrency=EUR');

    const form = page.getByTestId('rate-form');
    // The pair the report lacks is offered.
    await expect.poll(() => form.getByLabel('From currency').inputValue()).toBe('USD');
    await expect.poll(() => form.getByLabel('To currency').inputValue()).toBe('EUR');
    await form.getByLabel('Rate', { exact: true }).fill('0.92');
    await form.getByLabel('Date of the rate').fill('2026-11-02');
    await form.getByRole('button', { name: 'Record the rate' }).click();
    await form
      .getByTestId('rate-status')
      .getByText('Recorded: 1 USD = 0.92 EUR, rate of 2 November 2026.')
      .waitFor();

    // US$1,000.00 × 0.92 − US$0.30 × 0.92 (0.276, rounded half to even once) = €920.00 − €0.28.
    await expect.poll(() => gap.textContent()).toBe('€919.72');
    expect(await page.getByTestId('committed-converted').textContent()).toBe('€0.28');
    expect(await page.getByTestId('rates').textContent()).toContain(
      '1 USD = 0.92 EUR, rate of 2 November 2026',
    );

    // Back in the project's own currency, no rate is needed.
    await page.getByLabel('Report currency').selectOption('USD');
    await expect.poll(() => gap.textContent()).toBe('US$999.70');
    expect(await page.getByTestId('rates').textContent()).toContain('None: every amount is in USD.');
    await page.context().close();
  });

  it('offers the rate form to the Secretariat only', async () => {
    const id = await proposeProject('A project a coordinator reads');
    const page = await e2e.newPage();
    await signIn(page, 'coordinator.kz@example.org');
    await openProject(page, id);
    await page.getByTestId('booking-form').waitFor();
    expect(await page.getByTestId('rate-form').count()).toBe(0);
    await page.context().close();
  });
});

describe('on a phone', () => {
  it('fits the project page with its new forms, and the register, on a narrow screen', async () => {
    const id = await proposeProject('A project seen on a phone');
    const page = await e2e.newPage({ width: 375, height: 800 });
    await signIn(page, 'secretariat@example.org');
    await openProject(page, id);
    await page.getByTestId('milestone-form').waitFor();
    await page.getByTestId('rate-form').waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(375);
    await screenshot(page, 'project-results-en-375');
    await page.goto('/organisations');
    await page.getByTestId('organisation-form').waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(375);
    await screenshot(page, 'organisations-en-375');
    await page.context().close();
  });
});

describe('along the way', () => {
  it('raises no script errors', () => {
    expect(e2e.pageErrors).toEqual([]);
  });
});
