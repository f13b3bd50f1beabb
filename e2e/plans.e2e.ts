import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InstrumentSummaryDto } from '../src/contracts/documents';
import type { PlanDto } from '../src/contracts/plans';
import { PNG } from '../src/server/test/zip';
import { apiAs, chooseLanguage, pageWidth, screenshot, signIn, startE2E, type E2E } from './harness';

let e2e: E2E;
/** The action programme of the Anti-Drug Strategy, created through the API for these tests. */
let plan: PlanDto;
let instrumentId = '';

const title = (en: string, ru: string, zh: string) => ({ en, ru, zh });

beforeAll(async () => {
  e2e = await startE2E();
  const response = await fetch(`${e2e.baseUrl}/api/v1/search?q=${encodeURIComponent('Anti-Drug Strategy')}`);
  const { items } = (await response.json()) as { items: InstrumentSummaryDto[] };
  instrumentId = items.find((x) => x.kind === 'decision')!.id;
  const secretariat = await apiAs(e2e.baseUrl, 'secretariat@example.org');
  plan = await secretariat<PlanDto>('POST', '/api/v1/plans', {
    instrumentId,
    title: title(
      'Action Programme of the Anti-Drug Strategy 2024-2029',
      'Программа действий по реализации Антинаркотической стратегии на 2024–2029 годы',
      '2024—2029年禁毒战略落实行动计划',
    ),
    items: [
      {
        key: 'info',
        title: title('Exchange of information', 'Обмен информацией', '信息交流'),
        weight: 2,
      },
      {
        key: 'database',
        parentKey: 'info',
        title: title('Joint database of seizures', 'Общая база данных об изъятиях', '缉获情况联合数据库'),
        responsibleStates: ['KZ', 'RU'],
        deadline: '2025-06-30',
        indicator: 'Database in operation',
        target: '1',
      },
      {
        key: 'meeting',
        parentKey: 'info',
        title: title('Annual meeting of experts', 'Ежегодное совещание экспертов', '年度专家会议'),
        responsibleStates: ['KZ', 'CN'],
        deadline: '2027-12-31',
      },
      {
        key: 'training',
        title: title('Training of officers', 'Подготовка сотрудников', '人员培训'),
        responsibleStates: ['UZ', 'KZ'],
        responsibleBodies: ['RATS'],
        deadline: '2028-12-31',
      },
    ],
  });
});
afterAll(async () => {
  await e2e?.close();
});

const itemId = (en: string) => plan.items.find((i) => i.title.en === en)!.id;

async function openPlan(page: Page) {
  await page.goto(`/plans/${plan.id}`);
  await page.getByTestId('plan-tree').waitFor();
}

function item(page: Page, en: string) {
  return page.locator(`li[data-item="${itemId(en)}"]`);
}

describe('a plan page', () => {
  it('shows the tree of items, the progress of each state and the overdue list', async () => {
    const page = await e2e.newPage();
    await openPlan(page);
    await page
      .getByRole('heading', { level: 1, name: 'Action Programme of the Anti-Drug Strategy 2024-2029' })
      .waitFor();
    expect(await page.getByTestId('overall-progress').textContent()).toBe('0%');

    // The group holds its two items; every item shows its own bar.
    const info = item(page, 'Exchange of information');
    expect(await info.locator(':scope > .plan-tree > li').count()).toBe(2);
    expect(await page.getByTestId('plan-tree').locator('progress').count()).toBe(4);
    expect(await info.locator('.plan-item__title').first().textContent()).toBe('1 Exchange of information');
    expect(await item(page, 'Annual meeting of experts').locator('.plan-item__number').textContent()).toBe(
      '1.2',
    );

    const chart = page.getByTestId('state-chart');
    expect(await chart.locator('[data-state]').count()).toBe(4);
    expect(await chart.locator('[data-state="KZ"]').textContent()).toBe('Kazakhstan0%');

    const overdue = page.getByTestId('overdue-table').locator('tbody tr');
    expect(await overdue.count()).toBe(1);
    const row = (await overdue.first().textContent())!;
    expect(row).toContain('1.1 Joint database of seizures');
    expect(row).toContain('30 June 2025');
    expect(row).toContain('Kazakhstan and Russia');

    expect(await page.getByTestId('not-reported').textContent()).toContain(
      'Kazakhstan: 3 items without a report',
    );
    // The plan is listed on the page of the instrument it implements.
    await page.locator('.breadcrumb a').click();
    await page.waitForURL(new RegExp(`/documents/${instrumentId}$`));
    await page
      .getByTestId('instrument-plans')
      .getByRole('link', { name: 'Action Programme of the Anti-Drug Strategy 2024-2029' })
      .waitFor();
    await page.context().close();
  });

  it("lets the coordinator of Kazakhstan report Kazakhstan's progress and sees the roll-up change", async () => {
    const page = await e2e.newPage();
    await signIn(page, 'coordinator.kz@example.org');
    await openPlan(page);
    const database = item(page, 'Joint database of seizures');
    // A group is reported on through its items; a leaf only for the states responsible for it.
    expect(
      await item(page, 'Exchange of information').locator(':scope > .plan-item__card form').count(),
    ).toBe(0);
    await database.getByText('Report progress').click();
    const form = database.getByTestId('report-form-KZ');
    expect(await database.getByTestId('report-form-RU').count()).toBe(0);
    await form.getByLabel('Status').selectOption({ label: 'In progress' });
    await form.getByLabel('Per cent done').fill('50');
    await form.getByLabel('What was done (optional)').fill('The Kazakh part of the database is online.');
    await form.getByRole('button', { name: 'Send the report of Kazakhstan' }).click();
    await form.getByText('The report of Kazakhstan has been recorded.').waitFor();

    // Leaf: (50 + 0) / 2; group: (25 + 0) / 2; plan: (2 × 12.5 + 1 × 0) / 3.
    await expect.poll(() => page.getByTestId('overall-progress').textContent()).toBe('8.3%');
    expect(await database.locator('.progress__value').first().textContent()).toBe('25%');
    expect(
      await item(page, 'Exchange of information').locator('.progress__value').first().textContent(),
    ).toBe('12.5%');
    expect(await page.getByTestId('state-chart').locator('[data-state="KZ"]').textContent()).toBe(
      'Kazakhstan16.6%',
    );
    const report = database.locator('[data-report-state="KZ"]');
    expect(await report.textContent()).toContain('The Kazakh part of the database is online.');
    expect(await report.textContent()).toContain('In progress');
    await page.context().close();
  });

  it('lets the reporting state attach evidence, which anyone may then download', async () => {
    // A PNG whole in its chunks: uploads are checked by structure, not by their first bytes.
    const png = PNG;
    const page = await e2e.newPage();
    await signIn(page, 'coordinator.kz@example.org');
    await openPlan(page);
    const report = item(page, 'Joint database of seizures').locator('[data-report-state="KZ"]');
    const upload = report.getByTestId('evidence-upload');
    await upload.getByLabel('Evidence for the report of Kazakhstan').setInputFiles({
      name: 'server-room.png',
      mimeType: 'image/png',
      buffer: png,
    });
    await upload.getByRole('button', { name: 'Attach' }).click();
    await upload.getByText('server-room.png attached.').waitFor();
    const link = report.getByRole('link', { name: 'server-room.png' });
    await link.waitFor();
    await page.context().close();

    const visitor = await e2e.newPage();
    await openPlan(visitor);
    const visible = item(visitor, 'Joint database of seizures').getByRole('link', {
      name: 'server-room.png',
    });
    const href = (await visible.getAttribute('href'))!;
    const download = await fetch(`${e2e.baseUrl}${href}`);
    expect(Buffer.from(await download.arrayBuffer()).equals(png)).toBe(true);
    expect(await visitor.getByTestId('evidence-upload').count()).toBe(0);
    expect(await visitor.locator('[data-testid^="report-form-"]').count()).toBe(0);
    await visitor.context().close();
  });

  it('lets the Secretariat send reminders and shows which states were reminded', async () => {
    const page = await e2e.newPage();
    await signIn(page, 'secretariat@example.org');
    await openPlan(page);
    const reminders = page.getByTestId('reminders');
    await reminders.getByRole('button', { name: 'Send reminders' }).click();
    const dialog = page.getByRole('dialog', { name: 'Send reminders now?' });
    expect(await dialog.getByTestId('confirm-irreversible').textContent()).toBe(
      'This cannot be undone: sent reminders cannot be recalled.',
    );
    await dialog.getByRole('button', { name: 'Send reminders' }).click();
    await expect
      .poll(() => reminders.getByTestId('reminded').textContent())
      .toBe('Reminded: China, Kazakhstan, Russia and Uzbekistan.');
    expect(await page.getByRole('link', { name: 'Download the plan as JSON' }).getAttribute('href')).toBe(
      `/api/v1/plans/${plan.id}/export.json`,
    );
    await page.context().close();
  });

  it('fits a phone screen, in English and in Chinese, and a wide one', async () => {
    for (const [language, width, name] of [
      ['en', 375, 'plan-375'],
      ['zh-CN', 375, 'plan-375-zh'],
      ['en', 1280, 'plan-1280'],
      ['zh-CN', 1280, 'plan-1280-zh'],
    ] as const) {
      const page = await e2e.newPage({ width, height: 900 });
      await signIn(page, 'coordinator.kz@example.org');
      await chooseLanguage(page, language);
      await openPlan(page);
      await page.getByTestId('state-chart').waitFor();
      expect(await pageWidth(page)).toBeLessThanOrEqual(width);
      await screenshot(page, name);
      await page.context().close();
    }
  });

  it('lets the Secretariat create a plan with a group and an item in it from the instrument page', async () => {
    const page = await e2e.newPage();
    await signIn(page, 'secretariat@example.org');
    await page.goto(`/documents/${instrumentId}`);
    await page
      .getByTestId('instrument-plans')
      .getByRole('link', { name: 'Create an implementation plan' })
      .click();
    await page.waitForURL(new RegExp(`/documents/${instrumentId}/plans/new$`));
    const form = page.getByTestId('plan-form');
    await form.getByLabel('Plan title in English').fill('Plan of joint anti-drug operations');
    await form.getByLabel('Plan title in Russian').fill('План совместных антинаркотических операций');
    await form.getByLabel('Plan title in Chinese').fill('联合禁毒行动计划');

    const group = form.getByRole('group', { name: 'Item 1', exact: true });
    await group.getByLabel('Title in English').fill('Joint operations');
    await group.getByLabel('Title in Russian').fill('Совместные операции');
    await group.getByLabel('Title in Chinese').fill('联合行动');
    await group.getByLabel('Weight').fill('2');

    await form.getByRole('button', { name: 'Add an item' }).click();
    const second = form.getByRole('group', { name: 'Item 2', exact: true });
    await second.getByLabel('Title in English').fill('Operation “Channel”');
    await second.getByLabel('Title in Russian').fill('Операция «Канал»');
    await second.getByLabel('Title in Chinese').fill('“通道”行动');
    await second.getByLabel('Kazakhstan', { exact: true }).check();
    await second.getByLabel('Uzbekistan', { exact: true }).check();
    await second.getByLabel('Deadline (optional)').fill('2027-12-31');
    await second.getByLabel('Part of').selectOption({ label: '1 Joint operations' });
    const child = form.getByRole('group', { name: 'Item 1.1', exact: true });
    await child.waitFor();
    expect(await child.getByRole('button', { name: 'Move up item 1.1' }).isDisabled()).toBe(true);

    await form.getByRole('button', { name: 'Create the plan' }).click();
    await page.waitForURL(/\/plans\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: 'Plan of joint anti-drug operations' }).waitFor();
    const tree = page.getByTestId('plan-tree');
    expect(await tree.locator('.plan-item__title').allTextContents()).toEqual([
      '1 Joint operations',
      '1.1 Operation “Channel”',
    ]);
    const leaf = tree.locator('.plan-item--leaf');
    expect(await leaf.textContent()).toContain('31 December 2027');
    expect(await leaf.textContent()).toContain('Kazakhstan 0% and Uzbekistan 0%');

    // The new plan is listed on the instrument's page, beside the earlier one.
    await page.locator('.breadcrumb a').click();
    await page
      .getByTestId('instrument-plans')
      .getByRole('link', { name: 'Plan of joint anti-drug operations' })
      .waitFor();
    await page.context().close();
  });

  it('shows a national coordinator no way to create a plan', async () => {
    const page = await e2e.newPage();
    await signIn(page, 'coordinator.kz@example.org');
    await page.goto(`/documents/${instrumentId}`);
    await page.getByTestId('instrument-plans').waitFor();
    await page.getByTestId('signed-in-user').waitFor({ state: 'attached' });
    expect(await page.getByRole('link', { name: 'Create an implementation plan' }).count()).toBe(0);
    await page.context().close();
  });

  it('raises no script errors along the way', () => {
    expect(e2e.pageErrors).toEqual([]);
  });
});
