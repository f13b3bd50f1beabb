import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InstrumentSummaryDto } from '../src/contracts/documents';
import type { PlanDto } from '../src/contracts/plans';
import type { ProjectDto } from '../src/contracts/projects';
import { apiAs, chooseLanguage, pageWidth, screenshot, signIn, startE2E, type E2E } from './harness';

/**
 * The form kit as a user meets it on several forms: a refused value is explained next to its field,
 * which is marked and takes the focus; a fault of the platform alone carries a reference for support;
 * after a keyboard submission the focus is at the form's message.
 */
let e2e: E2E;
let agreementId: string;
let tianjinCentreId: string;
let plan: PlanDto;
let projectId: string;

const tr = (en: string) => ({ en, ru: `${en} (рус.)`, zh: `${en}（中文）` });
const dayFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  e2e = await startE2E();
  const sec = await apiAs(e2e.baseUrl, 'secretariat@example.org');
  const agreement = await sec<InstrumentSummaryDto>('POST', '/api/v1/documents', {
    kind: 'agreement',
    title: tr('Agreement on the forms test'),
    entryIntoForce: { rule: 'on_signature' },
  });
  agreementId = agreement.id;
  const { items } = (await (await fetch(`${e2e.baseUrl}/api/v1/documents?limit=200`)).json()) as {
    items: InstrumentSummaryDto[];
  };
  tianjinCentreId = items.find(
    (x) => x.title.en.startsWith('Agreement on the Universal Centre') && x.signedAt === '2025-09-01',
  )!.id;
  plan = await sec<PlanDto>('POST', '/api/v1/plans', {
    instrumentId: agreementId,
    title: tr('Forms test plan'),
    items: [{ key: 'a', title: tr('Border exercise'), responsibleStates: ['KZ'] }],
  });
  const kz = await apiAs(e2e.baseUrl, 'coordinator.kz@example.org');
  const project = await kz<ProjectDto>('POST', '/api/v1/projects', {
    title: tr('Forms test project'),
    description: tr('A sample project.'),
    expectedResults: tr('Results.'),
    sector: 'energy',
    countries: ['KZ'],
    estimatedCost: { amount: '1000.00', currency: 'USD' },
    proposingState: 'KZ',
  });
  projectId = project.id;
});
afterAll(async () => {
  await e2e?.close();
});

/** The field's own message, found through its aria-describedby as a screen reader finds it. */
async function fieldMessage(field: Locator): Promise<string> {
  const ids = ((await field.getAttribute('aria-describedby')) ?? '').split(' ');
  const texts = await Promise.all(ids.map((id) => field.page().locator(`[id="${id}"]`).textContent()));
  return texts.join(' ');
}

const focusedIs = (field: Locator) => field.evaluate((el) => el === document.activeElement);

async function recordFutureSignature(page: Page, lang: 'en' | 'ru' | 'zh') {
  const labels = {
    en: { date: 'Date', submit: 'Record the action' },
    ru: { date: 'Дата', submit: 'Записать действие' },
    zh: { date: '日期', submit: '记录行动' },
  }[lang];
  const form = page.getByTestId('action-form');
  await form.getByRole('combobox').first().selectOption('KZ');
  const date = form.getByLabel(labels.date, { exact: true });
  await date.fill(dayFromNow(400));
  await form.getByRole('button', { name: labels.submit }).click();
  await expect.poll(() => date.getAttribute('aria-invalid')).toBe('true');
  return { form, date };
}

describe('a refused value is explained at its field', () => {
  it('on the treaty action form: a date after today, in English, Russian, Chinese and at phone width', async () => {
    const page = await e2e.newPage();
    await signIn(page, 'secretariat@example.org');
    await page.goto(`/documents/${agreementId}`);
    const { form, date } = await recordFutureSignature(page, 'en');
    expect(await fieldMessage(date)).toContain('This date is later than today.');
    expect(await focusedIs(date)).toBe(true);
    // Not listed again at the top or the bottom, and no reference for support for a refused value.
    expect(await form.getByRole('alert').count()).toBe(0);
    expect(await form.textContent()).not.toContain('Reference for support');
    await screenshot(page, 'forms-action-date-en');

    for (const [lang, label, expected] of [
      ['ru', 'Русский', 'Эта дата позже сегодняшней.'],
      ['zh', '中文', '该日期晚于今天。'],
    ] as const) {
      const other = await e2e.newPage();
      await signIn(other, 'secretariat@example.org');
      await chooseLanguage(other, { label });
      await other.goto(`/documents/${agreementId}`);
      const refused = await recordFutureSignature(other, lang);
      expect(await fieldMessage(refused.date)).toContain(expected);
      expect(await focusedIs(refused.date)).toBe(true);
      await screenshot(other, `forms-action-date-${lang}`);
      await other.context().close();
    }

    const phone = await e2e.newPage({ width: 390, height: 844 });
    await signIn(phone, 'secretariat@example.org');
    await phone.goto(`/documents/${agreementId}`);
    const narrow = await recordFutureSignature(phone, 'en');
    expect(await focusedIs(narrow.date)).toBe(true);
    expect(await pageWidth(phone)).toBeLessThanOrEqual(390);
    await screenshot(phone, 'forms-action-date-390');
    await phone.context().close();
    await page.context().close();
  });

  it('on the plan report form: "done" at 10 %', async () => {
    const page = await e2e.newPage();
    await signIn(page, 'coordinator.kz@example.org');
    await page.goto(`/plans/${plan.id}`);
    await page.getByTestId('plan-tree').waitFor();
    await page.getByText('Report progress').click();
    const form = page.getByTestId('report-form-KZ');
    await form.getByLabel('Status').selectOption({ label: 'Done' });
    const percent = form.getByLabel('Per cent done');
    await percent.fill('10');
    await form.getByRole('button', { name: 'Send the report of Kazakhstan' }).click();
    await expect.poll(() => percent.getAttribute('aria-invalid')).toBe('true');
    expect(await fieldMessage(percent)).toContain('“done” is 100 %');
    expect(await focusedIs(percent)).toBe(true);
    expect(await form.getByRole('alert').count()).toBe(0);
    await screenshot(page, 'forms-plan-report-en');
    await page.context().close();
  });

  it('on the booking form: a disbursement dated after today, and an amount that is not digits', async () => {
    const page = await e2e.newPage();
    await signIn(page, 'coordinator.kz@example.org');
    await page.goto(`/projects/${projectId}`);
    const booking = page.getByTestId('booking-form');
    await booking.waitFor();
    const amount = booking.getByLabel('Amount');
    await amount.fill('12.5 million');
    await booking.getByRole('button', { name: 'Book the entry' }).click();
    await expect.poll(() => amount.getAttribute('aria-invalid')).toBe('true');
    expect(await fieldMessage(amount)).toContain('digits only, for example 12500000');
    expect(await focusedIs(amount)).toBe(true);

    await booking.getByLabel('Kind').selectOption('disbursement');
    await amount.fill('10.00');
    const valueDate = booking.getByLabel('Value date');
    await valueDate.fill(dayFromNow(30));
    await booking.getByRole('button', { name: 'Book the entry' }).click();
    await expect.poll(() => valueDate.getAttribute('aria-invalid')).toBe('true');
    expect(await fieldMessage(valueDate)).toContain('This date is later than today.');
    expect(await focusedIs(valueDate)).toBe(true);
    expect(await amount.getAttribute('aria-invalid')).toBeNull();
    await screenshot(page, 'forms-booking-en');

    // A pledge may name a later date: it is booked, and listed apart from what has happened.
    await booking.getByLabel('Kind').selectOption('pledge');
    await booking.getByRole('button', { name: 'Book the entry' }).click();
    const planned = page.getByTestId('ledger-planned');
    await planned.locator('tbody tr', { hasText: 'Pledge' }).waitFor();
    expect(await page.getByTestId('ledger').count()).toBe(0);
    await screenshot(page, 'forms-ledger-planned-en');
    await page.context().close();
  });
});

describe('after a keyboard submission', () => {
  it("puts the focus at the form's message, not at the top of the page", async () => {
    const page = await e2e.newPage();
    await signIn(page, 'secretariat@example.org');
    await page.goto(`/documents/${agreementId}`);
    const form = page.getByTestId('action-form');
    await form.getByRole('combobox').first().selectOption('UZ');
    const date = form.getByLabel('Date', { exact: true });
    await date.fill(dayFromNow(0));
    await date.press('Enter');
    const status = form.getByRole('status');
    await status.getByText(/Uzbekistan/).waitFor();
    await expect.poll(() => status.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.context().close();
  });
});

describe('an instrument signed on a known date with no signatures recorded', () => {
  it('says the signatures by state are not yet recorded, never that no state has signed', async () => {
    for (const [locale, expected] of [
      ['en-GB', 'signatures by state not yet recorded'],
      ['ru-RU', 'подписи государств ещё не внесены'],
      ['zh-CN', '各国签署情况尚未录入'],
    ] as const) {
      const page = await e2e.newPage({ locale });
      await page.goto(`/documents/${tianjinCentreId}`);
      await page.getByTestId('instrument-facts').waitFor();
      expect(await page.getByTestId('signatures-not-recorded').textContent()).toContain(expected);
      expect(await page.getByTestId('eif-explanation').textContent()).not.toMatch(/no state has signed/);
      await screenshot(page, `forms-tianjin-${locale}`);
      await page.context().close();
    }
  });
});
