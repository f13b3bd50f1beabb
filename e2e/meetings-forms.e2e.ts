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

const TITLE = 'Test council of ministers (browser test)';
/** The meeting planned through the form in the first test; the tests after it follow its life. */
let meetingId = '';

async function openMeeting(page: Page) {
  await page.goto(`/meetings/${meetingId}`);
  await page.getByTestId('meeting-facts').waitFor();
}

/** Confirms the open shared dialog with its confirming button, after checking it names what is final. */
async function confirm(page: Page, button: string, irreversible: RegExp) {
  const dialog = page.locator('dialog[open]');
  await dialog.waitFor();
  expect(await dialog.getByTestId('confirm-irreversible').textContent()).toMatch(irreversible);
  await dialog.getByRole('button', { name: button }).click();
  await dialog.waitFor({ state: 'detached' }).catch(() => undefined);
}

describe('the Secretariat plans and runs a meeting through the web app', () => {
  it('plans a meeting, explaining a refused end day next to its field', async () => {
    const page = await e2e.newPage();
    await signIn(page, 'secretariat@example.org');
    await page.goto('/calendar');
    await page.getByRole('link', { name: 'Plan a meeting' }).click();
    await page.waitForURL(/\/meetings\/new$/);
    const form = page.getByTestId('meeting-form');
    await form.waitFor();

    await form.getByLabel('Kind of meeting').selectOption('council');
    await form.getByLabel('Level').selectOption('ministerial');
    await form.getByLabel('SCO body meeting').selectOption('CFM');
    await form.getByLabel('Title in English').fill(TITLE);
    await form.getByLabel('Title in Russian').fill('Тестовое совещание министров (браузерный тест)');
    await form.getByLabel('Title in Chinese').fill('部长测试会议（浏览器测试）');
    await form.getByLabel('Host state').selectOption('KG');
    // The host's capital's zone is preset, named in the reader's language, never as an IANA id.
    const zone = form.getByLabel("Host's time zone");
    expect(await zone.inputValue()).toBe('Asia/Bishkek');
    expect(await zone.locator('option:checked').textContent()).toMatch(/^Kyrgyzstan: .*Kyrgyzstan/);
    expect(await zone.textContent()).not.toContain('Asia/');
    await form.getByLabel('City in English').fill('Cholpon-Ata');
    await form.getByLabel('City in Russian').fill('Чолпон-Ата');
    await form.getByLabel('City in Chinese').fill('乔蓬阿塔');
    await form.getByLabel('First day').fill('2026-11-20');
    await form.getByLabel('Last day').fill('2026-11-19');
    expect(await form.getByText('10 states selected.', { exact: false }).count()).toBe(1);
    await screenshot(page, 'meetings-form-new-en');
    await form.getByRole('button', { name: 'Plan the meeting' }).click();

    const last = form.getByLabel('Last day');
    await expect.poll(() => last.getAttribute('aria-invalid')).toBe('true');
    expect(await last.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await form.textContent()).toContain('The meeting ends before it starts.');
    expect(page.url()).toMatch(/\/meetings\/new$/);

    await last.fill('2026-11-21');
    await form.getByRole('button', { name: 'Plan the meeting' }).click();
    await page.waitForURL(/\/meetings\/[0-9a-f-]{36}$/);
    meetingId = page.url().split('/').at(-1)!;
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    expect(await page.getByTestId('meeting-facts').textContent()).toMatch(/20\s?–\s?21 November 2026/);
    expect(await page.getByTestId('agenda-draft').textContent()).toBe('Draft: not yet published.');
    await page.context().close();
  });

  it('edits the meeting: times without seconds, the zone in words', async () => {
    const page = await e2e.newPage({ timezoneId: 'Europe/Berlin' });
    await signIn(page, 'secretariat@example.org');
    await openMeeting(page);
    await page.getByRole('link', { name: 'Edit the meeting' }).click();
    await page.waitForURL(/\/edit$/);
    const form = page.getByTestId('meeting-form');
    expect(await form.getByLabel('Title in English').inputValue()).toBe(TITLE);
    await form.getByLabel('Start time').fill('10:00');
    await form.getByLabel('End time').fill('17:30');
    await form.getByLabel('Public', { exact: true }).check();
    await form.getByRole('button', { name: 'Save the changes' }).click();
    await page.waitForURL(new RegExp(`/meetings/${meetingId}$`));
    const facts = page.getByTestId('meeting-facts');
    await expect.poll(() => facts.textContent()).toContain('10:00');
    const text = (await facts.textContent())!;
    expect(text).toContain('17:30');
    expect(text).toContain('Kyrgyzstan Time');
    expect(text).not.toMatch(/\d\d:\d\d:\d\d/);
    expect(text).not.toContain('Asia/Bishkek');
    await page.context().close();
  });

  it('builds the agenda with a linked draft decision, orders it and publishes it after confirming', async () => {
    const api = await apiAs(e2e.baseUrl, 'secretariat@example.org');
    const draft = await api<DecisionDto>('POST', '/api/v1/decisions', {
      body: 'CFM',
      title: {
        en: 'Draft decision on the browser test',
        ru: 'Проект решения о браузерном тесте',
        zh: '关于浏览器测试的决定草案',
      },
      procedure: 'consensus',
      meetingId,
    });
    const page = await e2e.newPage();
    await signIn(page, 'secretariat@example.org');
    await openMeeting(page);
    const builder = page.getByTestId('agenda-builder');
    const form = page.getByTestId('agenda-item-form');
    const addItem = async (en: string, ru: string, zh: string) => {
      await form.getByLabel('Title in English').fill(en);
      await form.getByLabel('Title in Russian').fill(ru);
      await form.getByLabel('Title in Chinese').fill(zh);
      await form.getByRole('button', { name: 'Add the item' }).click();
      await builder.getByText(en, { exact: true }).waitFor();
    };
    await addItem('Opening of the meeting', 'Открытие заседания', '会议开幕');
    await addItem('Any other business', 'Разное', '其他事项');

    // Choosing the draft fills the item's title with the draft's own.
    await form.getByLabel('Draft decision taken up under this item').selectOption(draft.id);
    expect(await form.getByLabel('Title in English').inputValue()).toBe('Draft decision on the browser test');
    await form.getByRole('button', { name: 'Add the item' }).click();
    await builder.getByText('Draft decision: Draft decision on the browser test').waitFor();

    const items = builder.getByTestId('agenda').locator('li');
    await builder.getByRole('button', { name: 'Move “Draft decision on the browser test” up' }).click();
    await expect
      .poll(async () => (await items.nth(1).textContent())?.startsWith('Draft decision on'))
      .toBe(true);
    await builder.getByRole('button', { name: 'Remove “Any other business”' }).click();
    await expect.poll(() => items.count()).toBe(2);
    await screenshot(page, 'meetings-agenda-builder-en');

    await builder.getByRole('button', { name: 'Publish the agenda' }).click();
    await confirm(page, 'Publish the agenda', /cannot be changed/);
    await page.getByTestId('agenda-published').waitFor();
    expect(await page.getByTestId('agenda-builder').count()).toBe(0);
    const agenda = page.getByTestId('agenda');
    expect(await agenda.locator('li').allTextContents()).toEqual([
      'Opening of the meeting',
      'Draft decision on the browser test Draft decision',
    ]);
    await agenda.getByRole('link', { name: 'Draft decision' }).click();
    await page.waitForURL(new RegExp(`/decisions/${draft.id}$`));
    await page.context().close();
  });

  it('records the participants', async () => {
    const page = await e2e.newPage();
    await signIn(page, 'secretariat@example.org');
    await openMeeting(page);
    const form = page.getByTestId('participants-form');
    await form.getByLabel('India', { exact: true }).uncheck();
    await form.getByRole('button', { name: 'Save the participants' }).click();
    await form.getByText('The participants have been saved.').waitFor();
    const facts = page.getByTestId('meeting-facts');
    expect(await facts.textContent()).toContain('Participants (9)');
    expect(await facts.textContent()).not.toContain('India');
    await page.context().close();
  });

  it('publishes the minutes after confirming, and a coordinator sees them published but no forms', async () => {
    const page = await e2e.newPage();
    await signIn(page, 'secretariat@example.org');
    await openMeeting(page);
    expect(await page.getByTestId('minutes-draft').textContent()).toContain('Provisional');
    await page
      .getByTestId('minutes-publication')
      .getByRole('button', { name: 'Publish the minutes' })
      .click();
    await confirm(page, 'Publish the minutes', /cannot be withdrawn/);
    await page.getByTestId('minutes-published').waitFor();
    expect(await page.getByTestId('minutes-publication').count()).toBe(0);
    expect(await page.getByTestId('minutes-published').textContent()).not.toMatch(/\d\d:\d\d:\d\d/);
    await page.context().close();

    const kz = await e2e.newPage();
    await signIn(kz, 'coordinator.kz@example.org');
    await kz.goto(`/meetings/${meetingId}`);
    await kz.getByTestId('minutes-published').waitFor();
    expect(await kz.getByTestId('agenda-published').count()).toBe(1);
    for (const id of ['agenda-builder', 'participants-form', 'minutes-publication'])
      expect(await kz.getByTestId(id).count()).toBe(0);
    expect(await kz.getByRole('link', { name: 'Edit the meeting' }).count()).toBe(0);
    await kz.goto('/meetings/new');
    await kz.getByText('Only the Secretariat plans and edits meetings.').waitFor();
    await kz.context().close();
  });

  it('shows the forms in Russian and Chinese and fits them on a phone', async () => {
    // A second meeting whose agenda is still a draft, to see the agenda builder in every language.
    const api = await apiAs(e2e.baseUrl, 'secretariat@example.org');
    const { id: draftMeeting } = await api<{ id: string }>('POST', '/api/v1/meetings', {
      kind: 'expert_group',
      level: 'expert',
      title: { en: 'Test expert group (browser test)', ru: 'Тестовая группа экспертов', zh: '测试专家组' },
      hostState: 'KZ',
      city: { en: 'Astana', ru: 'Астана', zh: '阿斯塔纳' },
      timeZone: 'Asia/Almaty',
      startDate: '2026-11-24',
      endDate: '2026-11-24',
      startTime: '09:30',
      endTime: '13:00',
    });
    await api('POST', `/api/v1/meetings/${draftMeeting}/agenda`, {
      title: { en: 'Adoption of the agenda', ru: 'Утверждение повестки дня', zh: '通过议程' },
    });
    for (const language of ['en', 'ru', 'zh-CN']) {
      const page = await e2e.newPage();
      await signIn(page, 'secretariat@example.org');
      await chooseLanguage(page, language);
      await page.goto('/meetings/new');
      const form = page.getByTestId('meeting-form');
      await form.waitFor();
      await form.locator('select').nth(3).selectOption('KG');
      const zone = await form.locator('select').nth(4).locator('option:checked').textContent();
      expect(zone).not.toContain('Asia/');
      expect(zone).toMatch(
        { en: /^Kyrgyzstan/, ru: /^(Киргизия|Кыргызстан)/, 'zh-CN': /^吉尔吉斯/ }[language]!,
      );
      if (language !== 'en') await screenshot(page, `meetings-form-new-${language}`);
      await page.goto(`/meetings/${draftMeeting}`);
      await page.getByTestId('agenda-builder').waitFor();
      await screenshot(page, `meetings-agenda-draft-${language}`);
      await page.goto(`/meetings/${meetingId}`);
      await page.getByTestId('minutes-published').waitFor();
      await screenshot(page, `meetings-published-${language}`);
      await page.context().close();
    }
    const phone = await e2e.newPage({ width: 390, height: 844 });
    await signIn(phone, 'secretariat@example.org');
    await phone.goto('/meetings/new');
    await phone.getByTestId('meeting-form').waitFor();
    expect(await pageWidth(phone)).toBeLessThanOrEqual(390);
    await screenshot(phone, 'meetings-form-new-390');
    await phone.goto(`/meetings/${draftMeeting}`);
    await phone.getByTestId('agenda-builder').waitFor();
    expect(await pageWidth(phone)).toBeLessThanOrEqual(390);
    await screenshot(phone, 'meetings-agenda-draft-390');
    await phone.context().close();
    expect(e2e.pageErrors).toEqual([]);
  });
});
