import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DecisionDto } from '../src/contracts/decisions';
import { apiAs, chooseLanguage, pageWidth, screenshot, signIn, startE2E, type E2E } from './harness';

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.close();
});

const TITLE = 'On cooperation in the digital economy';
/** The decision drafted through the form in the first test; the tests after it follow its life. */
let decisionId = '';

async function openDecision(page: Page, id = decisionId) {
  await page.goto(`/decisions/${id}`);
  await page.getByTestId('decision-facts').waitFor();
}

describe('drafting a decision and stating positions', () => {
  it('lets the Secretariat draft a decision through the form', async () => {
    const page = await e2e.newPage();
    await signIn(page, 'secretariat@example.org');
    await page.goto('/decisions');
    await page.getByRole('link', { name: 'Draft a decision' }).click();
    await page.waitForURL(/\/decisions\/new$/);
    const form = page.getByTestId('decision-form');
    await form.waitFor();

    await form.getByLabel('Body').selectOption('HSC');
    await form.getByLabel('Title in English').fill(TITLE);
    await form.getByLabel('Title in Russian').fill('О сотрудничестве в области цифровой экономики');
    await form.getByLabel('Title in Chinese').fill('关于数字经济领域合作');
    await form.getByLabel('Text in Russian').fill('1. Государства-члены развивают сотрудничество.');
    await form.getByLabel('Text in Chinese').fill('一、成员国发展合作。');
    // Consensus is preselected; every member state takes part unless unticked.
    expect(await form.getByLabel('Consensus', { exact: true }).isChecked()).toBe(true);
    expect(await form.getByText('10 of 10 member states selected.').count()).toBe(1);
    await form.getByLabel('India', { exact: true }).uncheck();
    await form.getByLabel('Public', { exact: true }).check();
    await form.getByRole('button', { name: 'Draft the decision' }).click();

    await page.waitForURL(/\/decisions\/[0-9a-f-]{36}$/);
    decisionId = page.url().split('/').at(-1)!;
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    expect(await page.getByTestId('decision-status').first().textContent()).toBe('Open');
    const matrix = page.getByTestId('position-matrix');
    expect(await matrix.locator('tbody tr').count()).toBe(9);
    expect(await matrix.locator('tr[data-position-row="KZ"]').getAttribute('data-standing')).toBe('pending');
    await page.context().close();
  });

  it('explains a draft the server refuses, naming the field', async () => {
    const page = await e2e.newPage();
    await signIn(page, 'secretariat@example.org');
    await page.goto('/decisions/new');
    const form = page.getByTestId('decision-form');
    await form.getByLabel('Body').selectOption('CNC');
    await form.getByLabel('Title in English').fill('A written procedure without a deadline');
    await form.getByLabel('Title in Russian').fill('Письменная процедура без срока');
    await form.getByLabel('Title in Chinese').fill('没有截止时间的书面程序');
    await form.getByLabel('Written procedure (silence)').check();
    await form.getByRole('button', { name: 'Draft the decision' }).click();
    // Next to the field it concerns, which is marked and takes the focus; not listed elsewhere.
    const deadline = form.getByLabel('Deadline', { exact: true });
    await expect.poll(() => deadline.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await deadline.getAttribute('aria-describedby'))!.split(' ');
    expect(await page.locator(`[id="${describedBy.at(-1)}"]`).textContent()).toContain(
      'A written (silence) procedure needs a deadline.',
    );
    expect(await deadline.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await form.getByRole('alert').count()).toBe(0);
    expect(page.url()).toMatch(/\/decisions\/new$/);
    await page.context().close();
  });

  it("lets the coordinator of Kazakhstan state Kazakhstan's position and see it in the matrix and on the map", async () => {
    const page = await e2e.newPage();
    await signIn(page, 'coordinator.kz@example.org');
    await openDecision(page);
    const form = page.getByTestId('position-form-KZ');
    await form.getByRole('heading', { name: 'State the position of Kazakhstan' }).waitFor();
    await form.getByLabel('Support', { exact: true }).check();
    await form.getByLabel('Text of the position (optional)').fill('Kazakhstan supports the draft.');
    await form.getByRole('button', { name: 'Record the position of Kazakhstan' }).click();
    await form.getByText('The position of Kazakhstan has been recorded.').waitFor();

    const row = page.getByTestId('position-matrix').locator('tr[data-position-row="KZ"]');
    expect(await row.getAttribute('data-standing')).toBe('support');
    expect(await row.textContent()).toContain('Kazakhstan supports the draft.');
    expect(await page.getByTestId('position-summary').textContent()).toContain('Support: 1');
    const map = page.getByTestId('positions-map');
    await map.waitFor();
    expect(await map.locator('a:has([data-state="KZ"])').getAttribute('class')).toContain(
      'standing--support',
    );
    expect(await map.locator('a:has([data-state="KZ"]) title').textContent()).toBe('Kazakhstan: Support');
    expect(await map.locator('a:has([data-state="IN"]) title').textContent()).toBe('India: Not taking part');
    expect(await map.locator('a:has([data-state="CN"]) title').textContent()).toBe('China: No position yet');
    await page.context().close();
  });

  it('shows the coordinator of a state that does not take part no position form for it', async () => {
    const page = await e2e.newPage();
    await signIn(page, 'coordinator.in@example.org');
    await openDecision(page);
    await page.getByTestId('not-participating').waitFor();
    expect(await page.getByTestId('not-participating').textContent()).toContain(
      'Not taking part in this decision: India.',
    );
    expect(await page.locator('[data-testid^="position-form-"]').count()).toBe(0);
    expect(await page.getByRole('heading', { name: /State the position of/ }).count()).toBe(0);
    await page.context().close();
  });

  it('shows the new draft in the inbox of a participating coordinator and marks it read on opening', async () => {
    const page = await e2e.newPage();
    await signIn(page, 'coordinator.kz@example.org');
    const badge = page.getByRole('navigation').getByTestId('unread-count');
    await badge.waitFor();
    const before = Number(await badge.locator('[aria-hidden="true"]').textContent());
    expect(before).toBeGreaterThanOrEqual(1);

    await page.getByRole('navigation').getByRole('link', { name: /Inbox/ }).click();
    await page.waitForURL(/\/inbox$/);
    const item = page
      .getByTestId('inbox')
      .locator('li[data-notification="decision_created"]', { hasText: TITLE });
    await item.waitFor();
    expect(await item.textContent()).toContain('New draft decision');
    expect(await item.textContent()).toContain('For Kazakhstan');
    await item.getByRole('link', { name: TITLE }).click();
    await page.waitForURL(new RegExp(`/decisions/${decisionId}$`));
    await expect
      .poll(async () =>
        (await badge.count()) ? Number(await badge.locator('[aria-hidden="true"]').textContent()) : 0,
      )
      .toBe(before - 1);
    await page.context().close();
  });

  it('explains a position sent after the decision was closed (409 decisions.not_open)', async () => {
    const secretariat = await apiAs(e2e.baseUrl, 'secretariat@example.org');
    const other = await secretariat<DecisionDto>('POST', '/api/v1/decisions', {
      body: 'CFM',
      title: { en: 'A draft closed meanwhile', ru: 'Проект, закрытый тем временем', zh: '期间已结束的草案' },
      procedure: 'consensus',
      visibility: 'restricted',
    });
    const page = await e2e.newPage();
    await signIn(page, 'coordinator.kz@example.org');
    await openDecision(page, other.id);
    const form = page.getByTestId('position-form-KZ');
    await form.getByLabel('Objection', { exact: true }).check();
    await secretariat('POST', `/api/v1/decisions/${other.id}/close`);
    await form.getByRole('button', { name: 'Record the position of Kazakhstan' }).click();
    const alert = form.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('The decision is closed.');
    await page.context().close();
  });

  it('lets a participating delegation comment and the Secretariat reply in the thread', async () => {
    const kz = await e2e.newPage();
    await signIn(kz, 'coordinator.kz@example.org');
    await openDecision(kz);
    const thread = kz.locator('section', { has: kz.getByRole('heading', { name: 'Discussion' }) });
    expect(await thread.getByText('You speak for: Kazakhstan').count()).toBe(1);
    await thread
      .getByRole('textbox', { name: 'Your comment' })
      .fill('Kazakhstan proposes to add a paragraph on data centres.');
    await thread.getByRole('button', { name: 'Post comment' }).click();
    await kz.getByTestId('discussion').getByText('Kazakhstan proposes to add a paragraph').waitFor();
    await kz.context().close();

    const secretariat = await e2e.newPage();
    await signIn(secretariat, 'secretariat@example.org');
    await openDecision(secretariat);
    const discussion = secretariat.getByTestId('discussion');
    await discussion.getByText('Kazakhstan proposes to add a paragraph').waitFor();
    await discussion.getByRole('button', { name: 'Reply' }).click();
    await discussion
      .getByRole('textbox', { name: 'Your reply' })
      .fill('The Secretariat will circulate a revised text.');
    await discussion.getByRole('button', { name: 'Post reply' }).click();
    const reply = discussion.locator('.thread--replies .comment');
    await reply.waitFor();
    expect(await reply.textContent()).toContain('Secretariat');
    expect(await reply.textContent()).toContain('The Secretariat will circulate a revised text.');
    await secretariat.context().close();
  });
});

describe('closing a decision', () => {
  it('lets the Secretariat close the decision, after confirming, and everyone sees it adopted with its number', async () => {
    const page = await e2e.newPage();
    await signIn(page, 'secretariat@example.org');
    await openDecision(page);
    const actions = page.getByTestId('secretariat-actions');
    await actions.getByRole('button', { name: 'Close the decision' }).click();
    const dialog = page.getByRole('dialog', { name: 'Close the decision now?' });
    await dialog.waitFor();
    expect(await dialog.getByTestId('confirm-irreversible').textContent()).toContain(
      'This cannot be undone: the decision stays closed',
    );
    await dialog.getByRole('button', { name: 'Close the decision' }).click();
    const outcome = page.getByTestId('outcome');
    await outcome.waitFor();
    expect(await outcome.textContent()).toContain('Adopted');
    const number = (await page.getByTestId('decision-number').textContent())!;
    expect(number).toMatch(/^HSC\/\d{4}\/\d+$/);
    expect(await page.getByTestId('secretariat-actions').count()).toBe(0);
    await page.context().close();

    // A visitor (the draft is public) and a coordinator of a state that did not take part.
    const visitor = await e2e.newPage();
    await openDecision(visitor);
    await visitor.getByTestId('outcome').waitFor();
    expect(await visitor.getByTestId('outcome').textContent()).toContain('Adopted');
    expect(await visitor.getByTestId('decision-number').textContent()).toBe(number);
    await visitor.goto('/decisions?status=adopted');
    const row = visitor.locator(`tr[data-decision-row="${decisionId}"]`);
    await row.waitFor();
    expect(await row.textContent()).toContain(number);
    expect(await row.textContent()).toContain('Adopted');
    await visitor.context().close();

    const india = await e2e.newPage();
    await signIn(india, 'coordinator.in@example.org');
    await openDecision(india);
    expect(await india.getByTestId('outcome').textContent()).toContain(number);
    expect(await india.getByTestId('not-participating').count()).toBe(0);
    await india.context().close();
  });
});

describe('a written procedure', () => {
  it("shows the deadline in the reader's time zone and counts down to it", async () => {
    const secretariat = await apiAs(e2e.baseUrl, 'secretariat@example.org');
    const deadline = new Date(Date.now() + ((2 * 24 + 3) * 60 + 30) * 60_000).toISOString();
    const silence = await secretariat<DecisionDto>('POST', '/api/v1/decisions', {
      body: 'CNC',
      title: { en: 'Written procedure on the calendar', ru: 'Письменная процедура', zh: '书面程序' },
      procedure: 'silence',
      deadline,
      visibility: 'public',
    });

    const page = await e2e.newPage({ timezoneId: 'Europe/Berlin' });
    await openDecision(page, silence.id);
    const countdown = page.getByTestId('countdown');
    await countdown.waitFor();
    expect(await countdown.textContent()).toBe('2 days 3 hours left');
    expect(await countdown.getAttribute('role')).toBe('timer');
    const when = await page.getByTestId('deadline').locator('time').textContent();
    expect(when).toMatch(/Central European (Standard|Summer) Time/);
    expect(await page.getByTestId('deadline').locator('time').getAttribute('datetime')).toBe(
      new Date(deadline).toISOString(),
    );

    await chooseLanguage(page, 'ru');
    await expect.poll(() => countdown.textContent()).toBe('Осталось: 2 дня 3 часа');
    await page.context().close();
  });

  it('lets the Secretariat extend the deadline and then withdraw the draft, each after confirming', async () => {
    const secretariat = await apiAs(e2e.baseUrl, 'secretariat@example.org');
    const silence = await secretariat<DecisionDto>('POST', '/api/v1/decisions', {
      body: 'CNC',
      title: { en: 'Written procedure to extend', ru: 'Продлеваемая процедура', zh: '延长的书面程序' },
      procedure: 'silence',
      deadline: new Date(Date.now() + 26 * 3_600_000).toISOString(),
      visibility: 'restricted',
    });
    const page = await e2e.newPage({ timezoneId: 'Europe/Berlin' });
    await signIn(page, 'secretariat@example.org');
    await openDecision(page, silence.id);
    expect(await page.getByTestId('countdown').textContent()).toMatch(/^1 day (1|2) hours? left$/);

    // Five days from now as the wall clock in Berlin shows it, the way a person types it in.
    const inFiveDays = new Date(Date.now() + 5 * 86_400_000)
      .toLocaleString('sv-SE', { timeZone: 'Europe/Berlin' })
      .replace(' ', 'T')
      .slice(0, 16);
    const actions = page.getByTestId('secretariat-actions');
    await actions.getByLabel('New deadline').fill(inFiveDays);
    await actions.getByRole('button', { name: 'Extend the deadline' }).click();
    const dialog = page.getByRole('dialog', { name: 'Extend the deadline?' });
    expect(await dialog.textContent()).toContain('Central European');
    await dialog.getByRole('button', { name: 'Extend the deadline' }).click();
    await actions.getByText('The deadline has been extended.').waitFor();
    expect(await page.getByTestId('countdown').textContent()).toMatch(/^4 days 23 hours left$/);

    await actions.getByRole('button', { name: 'Withdraw the draft' }).click();
    await page
      .getByRole('dialog', { name: 'Withdraw the draft?' })
      .getByRole('button', { name: 'Withdraw the draft' })
      .click();
    await page.getByTestId('outcome').waitFor();
    expect(await page.getByTestId('outcome').textContent()).toContain('Withdrawn');
    expect(await page.getByTestId('countdown').count()).toBe(0);
    await page.context().close();
  });
});

describe('the decisions pages in other languages and on a phone', () => {
  it('shows Russian and Chinese labels on the decisions pages', async () => {
    const ru = await e2e.newPage({ locale: 'ru-RU' });
    await ru.goto('/decisions');
    await ru.getByRole('heading', { level: 1, name: 'Решения' }).waitFor();
    expect(await ru.getByLabel('Процедура').count()).toBe(1);
    await ru.locator(`tr[data-decision-row="${decisionId}"]`).waitFor();
    const row = await ru.locator(`tr[data-decision-row="${decisionId}"]`).textContent();
    expect(row).toContain('О сотрудничестве в области цифровой экономики');
    expect(row).toContain('Консенсус');
    expect(row).toContain('Принято');
    await openDecision(ru);
    await ru.getByRole('heading', { name: 'Позиции участвующих государств' }).waitFor();
    expect(await ru.getByTestId('outcome').textContent()).toContain('Принято');
    expect(await ru.getByRole('button', { name: /中文 · аутентичный/ }).count()).toBe(1);
    expect(await ru.getByTestId('decision-text').getAttribute('lang')).toBe('ru');
    expect(await ru.getByTestId('decision-text').textContent()).toContain('Государства-члены развивают');
    await ru.context().close();

    const zh = await e2e.newPage({ locale: 'zh-CN' });
    await openDecision(zh);
    await zh.getByRole('heading', { level: 1, name: '关于数字经济领域合作' }).waitFor();
    expect(await zh.getByTestId('outcome').textContent()).toContain('已通过');
    expect(await zh.getByRole('heading', { name: '参与国的立场' }).count()).toBe(1);
    expect(await zh.getByTestId('position-matrix').locator('thead').textContent()).toContain('支持');
    // The reader may switch to any version; the English one is marked as a working translation.
    await zh.getByRole('button', { name: 'English' }).click();
    expect(await zh.getByTestId('decision-text').getAttribute('lang')).toBe('en');
    expect(await zh.getByText('English：工作译本').count()).toBe(1);
    await zh.context().close();
  });

  it('fits the decision page on a phone and on a desktop', async () => {
    for (const width of [375, 1280]) {
      const page = await e2e.newPage({ width, height: 800 });
      await signIn(page, 'coordinator.kz@example.org');
      await openDecision(page);
      await page.getByTestId('positions-map').waitFor();
      expect(await pageWidth(page)).toBeLessThanOrEqual(width);
      await screenshot(page, `decision-en-${width}`);
      await page.context().close();
    }
  });

  it('raises no script errors along the way', () => {
    expect(e2e.pageErrors).toEqual([]);
  });
});
