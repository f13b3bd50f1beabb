import { createHash } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InstrumentDto, InstrumentSummaryDto } from '../src/contracts/documents';
import { pdf as pdfFile } from '../src/server/test/zip';
import { apiAs, chooseLanguage, pageWidth, screenshot, signIn, startE2E, type E2E } from './harness';

/** The Russian word for "documents" after a number, by the number's plural category. */
const RU_DOCUMENTS: Partial<Record<Intl.LDMLPluralRule, string>> = {
  one: 'документ',
  few: 'документа',
  many: 'документов',
  other: 'документа',
};

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.close();
});

/** A seeded instrument's id, found by its English title (ids are made when the database is seeded). */
async function seededId(titlePart: string): Promise<string> {
  const response = await fetch(`${e2e.baseUrl}/api/v1/documents?limit=200`);
  const { items } = (await response.json()) as { items: InstrumentSummaryDto[] };
  const found = items.find((x) => x.title.en.includes(titlePart));
  if (!found) throw new Error(`no seeded instrument titled like "${titlePart}"`);
  return found.id;
}

async function openInstrument(page: Page, id: string) {
  await page.goto(`/documents/${id}`);
  await page.getByTestId('instrument-facts').waitFor();
}

function explanation(page: Page) {
  return page.getByTestId('eif-explanation');
}

describe('searching the documents', () => {
  it('finds the energy strategy decision when a visitor searches "стратегии" in Russian', async () => {
    const page = await e2e.newPage({ locale: 'ru-RU' });
    await page.goto('/documents');
    const search = page.getByRole('search', { name: 'Поиск документов' });
    await search.getByLabel('Что искать').fill('стратегии');
    await search.getByRole('button', { name: 'Найти' }).click();
    await page.waitForURL(/[?&]q=/);
    const table = page.getByTestId('documents-table');
    await table
      .getByRole('link', {
        name: /^Решение об утверждении Стратегии развития энергетического сотрудничества/,
      })
      .waitFor();
    expect(await page.getByTestId('search-summary').textContent()).toMatch(/По запросу «стратегии» найден/);
    expect(await table.textContent()).toContain('Решение');
    await page.context().close();
  });

  it.each(['энергетика', 'энергет'])(
    'finds the titles with "энергетического" when a visitor searches "%s" in Russian',
    async (q) => {
      const page = await e2e.newPage({ locale: 'ru-RU' });
      await page.goto('/documents');
      const search = page.getByRole('search', { name: 'Поиск документов' });
      await search.getByLabel('Что искать').fill(q);
      await search.getByRole('button', { name: 'Найти' }).click();
      await page.waitForURL(/[?&]q=/);
      const table = page.getByTestId('documents-table');
      await table
        .getByRole('link', {
          name: /^Решение об утверждении Стратегии развития энергетического сотрудничества/,
        })
        .waitFor();
      expect(await page.getByTestId('search-summary').textContent()).toMatch(
        new RegExp(`По запросу «${q}» найден`),
      );
      await screenshot(page, `documents-search-${q}-ru`);
      await page.context().close();
    },
  );

  it('counts the whole register while showing its first page, and offers only years that have documents', async () => {
    const { total } = (await (await fetch(`${e2e.baseUrl}/api/v1/documents?limit=1`)).json()) as {
      total: number;
    };
    for (const [locale, caption] of [
      ['en-GB', `${total} documents, the first 25 shown`],
      ['ru-RU', `${total} ${RU_DOCUMENTS[new Intl.PluralRules('ru').select(total)]}, показаны первые 25`],
      ['zh-CN', `共${total}份文件，已显示前25份`],
    ] as const) {
      const page = await e2e.newPage({ locale });
      await page.goto('/documents');
      await page.getByTestId('documents-table').locator('tbody tr').first().waitFor();
      expect(await page.locator('#documents-table-caption').textContent()).toBe(caption);
      await screenshot(page, `documents-register-${locale}`);
      await page.context().close();
    }
    const phone = await e2e.newPage({ width: 390, height: 844 });
    await phone.goto('/documents');
    await phone.getByTestId('documents-table').locator('tbody tr').first().waitFor();
    expect(await phone.locator('#documents-table-caption').textContent()).toBe(
      `${total} documents, the first 25 shown`,
    );
    expect(await pageWidth(phone)).toBeLessThanOrEqual(390);
    await screenshot(phone, 'documents-register-390');
    await phone.context().close();

    const page = await e2e.newPage();
    await page.goto('/documents');
    const year = page.getByLabel('Year');
    await expect.poll(() => year.locator('option').count()).toBeGreaterThan(1);
    const offered = await year
      .locator('option')
      .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    expect(offered).toContain('2024');
    expect(offered).toContain('2025');
    expect(offered).not.toContain('2023');
    await page.context().close();
  });

  it('finds the anti-drug decision when a visitor searches "禁毒" in Chinese', async () => {
    const page = await e2e.newPage({ locale: 'zh-CN' });
    await page.goto('/documents');
    const search = page.getByRole('search', { name: '搜索文件' });
    await search.getByLabel('搜索词').fill('禁毒');
    await search.getByRole('button', { name: '搜索' }).click();
    const link = page
      .getByTestId('documents-table')
      .getByRole('link', { name: '关于批准上合组织2024—2029年禁毒战略及其落实行动计划的决议' });
    await link.waitFor();
    await link.click();
    await page.waitForURL(/\/documents\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: /禁毒战略/ }).waitFor();
    expect(await explanation(page).textContent()).toBe('自2024年7月4日起生效：自签署之日起生效。');
    await page.context().close();
  });

  it('pages through the register, filters it in the address and exports the filtered list', async () => {
    const { total } = (await (await fetch(`${e2e.baseUrl}/api/v1/documents?limit=1`)).json()) as {
      total: number;
    };
    const page = await e2e.newPage();
    await page.goto('/documents');
    const rows = page.getByTestId('documents-table').locator('tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(25);
    await page.getByRole('button', { name: 'Load more' }).click();
    await expect.poll(() => rows.count()).toBe(total);

    await page.getByLabel('Kind', { exact: true }).selectOption('agreement');
    await page.waitForURL(/kind=agreement/);
    await page.getByLabel('Year').selectOption('2025');
    await page.waitForURL(/year=2025/);
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.first().textContent()).toContain('Not in force');
    const csv = await page.getByTestId('documents-csv').getAttribute('href');
    expect(csv).toBe('/api/v1/documents.csv?kind=agreement&year=2025');
    const exported = await (await fetch(`${e2e.baseUrl}${csv}`)).text();
    expect(exported.trim().split('\n')).toHaveLength(3);

    await page.reload();
    await expect.poll(() => rows.count()).toBe(2);
    await page.context().close();
  });
});

describe("the Belarus decision's page", () => {
  it('says in force since 4 July 2024 in English, Russian and Chinese', async () => {
    const id = await seededId('Republic of Belarus the status of SCO member state');
    const page = await e2e.newPage();
    await openInstrument(page, id);
    await page
      .getByRole('heading', { level: 1, name: /Decision on granting the Republic of Belarus/ })
      .waitFor();
    expect(await explanation(page).textContent()).toBe('In force since 4 July 2024: on signature.');
    expect(await page.getByTestId('instrument-status').first().textContent()).toBe('In force');
    const facts = (await page.getByTestId('instrument-facts').textContent())!;
    expect(facts).toContain('4 July 2024, Astana');
    expect(facts).toContain('Heads of State');

    await chooseLanguage(page, { label: 'Русский' });
    await expect
      .poll(() => explanation(page).textContent())
      .toBe('В силе с 4 июля 2024 г.: с даты подписания.');
    await page.getByRole('heading', { level: 1, name: /Республике Беларусь/ }).waitFor();

    await page.getByLabel('Язык').selectOption({ label: '中文' });
    await expect.poll(() => explanation(page).textContent()).toBe('自2024年7月4日起生效：自签署之日起生效。');
    expect(await page.locator('.other-titles').textContent()).toContain('Decision on granting the Republic');
    await page.context().close();
  });
});

describe('recording treaty actions', () => {
  let agreementId = '';

  beforeAll(async () => {
    const secretariat = await apiAs(e2e.baseUrl, 'secretariat@example.org');
    const created = await secretariat<InstrumentDto>('POST', '/api/v1/documents', {
      kind: 'agreement',
      title: {
        en: 'Agreement on cooperation in road transport',
        ru: 'Соглашение о сотрудничестве в области автомобильного транспорта',
        zh: '关于公路运输领域合作的协定',
      },
      entryIntoForce: { rule: 'after_notifications', count: 'all', days: 30 },
      topics: ['transport'],
    });
    agreementId = created.id;
  });

  async function record(page: Page, state: string, kind: string, date: string) {
    const form = page.getByTestId('action-form');
    await form.getByLabel('State').selectOption({ label: state });
    await form.getByLabel('Action', { exact: true }).selectOption({ label: kind });
    await form.getByLabel('Date').fill(date);
    await form.getByRole('button', { name: 'Record the action' }).click();
    await form.getByRole('status').getByText(`${kind} of ${state} recorded.`).waitFor();
  }

  it('lets the Secretariat record two signatures and two notifications and shows the computed entry into force with the notification numbers', async () => {
    const page = await e2e.newPage();
    await signIn(page, 'secretariat@example.org');
    await openInstrument(page, agreementId);
    // No signing date and no signature recorded yet (the dated case is the register form's test below).
    expect(await explanation(page).textContent()).toBe('Not in force: no state has signed it yet.');
    expect(await page.locator('.eif__rule').textContent()).toBe(
      'Rule: 30 days after the notifications of all signatories.',
    );

    await record(page, 'Kazakhstan', 'Signature', '2025-01-10');
    await record(page, 'China', 'Signature', '2025-01-12');
    await expect
      .poll(() => explanation(page).textContent())
      .toBe('Not in force: 0 of 2 notifications received.');
    await record(page, 'Kazakhstan', 'Notification', '2025-01-20');
    await record(page, 'China', 'Notification', '2025-01-31');
    await expect
      .poll(() => explanation(page).textContent())
      .toBe(
        'In force since 2 March 2025: 30 days after the last of 2 notifications, received 31 January 2025.',
      );
    expect(await page.getByTestId('instrument-status').first().textContent()).toBe('In force');

    const kazakhstan = page.getByTestId('states-matrix').locator('tr[data-state-row="KZ"]');
    expect(await kazakhstan.textContent()).toMatch(/10 January 2025.*20 January 2025.*2 March 2025/);

    const actions = page.getByTestId('actions-table').locator('tbody tr');
    expect(await actions.count()).toBe(4);
    const numbers = page.getByTestId('actions-table').getByTestId('notification-number').locator('a');
    await expect.poll(() => numbers.count()).toBe(4);
    const texts = await numbers.allTextContents();
    for (const text of texts) expect(text).toMatch(/^SCO-SEC\/\d{4}\/\d+ \(opens in a new tab\)$/);
    expect(new Set(texts).size).toBe(4);
    expect(await numbers.first().getAttribute('target')).toBe('_blank');
    const href = (await numbers.last().getAttribute('href'))!;
    expect(href).toMatch(new RegExp(`^/api/v1/documents/${agreementId}/notifications/[0-9a-f-]{36}$`));
    const printable = await fetch(`${e2e.baseUrl}${href}`);
    expect(printable.headers.get('content-type')).toContain('text/html');
    expect(await printable.text()).toContain(texts.at(-1)!.replace(' (opens in a new tab)', ''));

    // The entry into force is notified too, under its own number.
    expect(await page.getByTestId('notifications').textContent()).toContain(
      'enters into force on 2 March 2025',
    );
    await screenshot(page, 'documents-agreement-1280');
    await page.context().close();
  });

  it('lets the Secretariat correct a notification date, with a reason, and recomputes the entry into force', async () => {
    const page = await e2e.newPage();
    await signIn(page, 'secretariat@example.org');
    await openInstrument(page, agreementId);
    const form = page.getByTestId('correct-action-form');
    await form
      .getByLabel('Action to correct')
      .selectOption({ label: '31 January 2025 · China · Notification' });
    await form.getByLabel('Corrected date').fill('2025-02-05');
    await form.getByLabel('Reason for the correction').fill('The note verbale was received on 5 February.');
    await form.getByRole('button', { name: 'Correct the action' }).click();
    await form.getByText('The action has been corrected.').waitFor();
    await expect
      .poll(() => explanation(page).textContent())
      .toBe(
        'In force since 7 March 2025: 30 days after the last of 2 notifications, received 5 February 2025.',
      );
    await page.context().close();
  });

  it('offers the coordinator of Kazakhstan only Kazakhstan in the action form', async () => {
    const page = await e2e.newPage();
    await signIn(page, 'coordinator.kz@example.org');
    await openInstrument(page, agreementId);
    const form = page.getByTestId('action-form');
    const options = await form.getByLabel('State').locator('option').allTextContents();
    expect(options).toEqual(['Kazakhstan']);
    expect(await page.getByTestId('correct-action-form').count()).toBe(0);
    expect(await page.getByTestId('upload-text-form').count()).toBe(0);

    // A second signature is refused, and the form says why.
    await form.getByLabel('Date').fill('2025-03-01');
    await form.getByRole('button', { name: 'Record the action' }).click();
    const alert = form.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('is already recorded; correct it instead.');
    await page.context().close();
  });

  it('shows a visitor no form to record actions', async () => {
    const page = await e2e.newPage();
    await openInstrument(page, agreementId);
    await page.getByTestId('actions-table').waitFor();
    expect(await page.getByTestId('action-form').count()).toBe(0);
    await page.context().close();
  });

  it('lets the Secretariat upload the authentic Russian text and lists it with its size and SHA-256', async () => {
    // A PDF whole in its structure (xref, trailer, %%EOF): uploads are checked by structure.
    const pdf = pdfFile('Соглашение');
    const sha256 = createHash('sha256').update(pdf).digest('hex');
    const page = await e2e.newPage();
    await signIn(page, 'secretariat@example.org');
    await openInstrument(page, agreementId);
    const form = page.getByTestId('upload-text-form');
    await form.getByLabel('Language').selectOption('ru');
    expect(await form.getByLabel('Authentic text').isChecked()).toBe(true);
    await form.getByLabel('File', { exact: true }).setInputFiles({
      name: 'soglashenie.pdf',
      mimeType: 'application/pdf',
      buffer: pdf,
    });
    await form.getByRole('button', { name: 'Upload the text' }).click();
    await form.getByText('soglashenie.pdf uploaded.').waitFor();

    const row = page.getByTestId('texts-table').locator('tbody tr').first();
    await row.waitFor();
    const text = (await row.textContent())!;
    expect(text).toContain('Russian');
    expect(text).toContain('authentic');
    expect(text).toContain(`${sha256.slice(0, 12)}…`);
    expect(await row.locator('code').getAttribute('title')).toBe(sha256);
    const download = await fetch(`${e2e.baseUrl}${await row.getByRole('link').getAttribute('href')}`);
    expect(Buffer.from(await download.arrayBuffer()).equals(pdf)).toBe(true);
    await page.context().close();
  });

  it('fits a phone screen, in English and in Chinese, and a wide one', async () => {
    for (const [language, width, name] of [
      ['en', 375, 'documents-agreement-375'],
      ['zh-CN', 375, 'documents-agreement-375-zh'],
      ['zh-CN', 1280, 'documents-agreement-1280-zh'],
    ] as const) {
      const page = await e2e.newPage({ width, height: 800 });
      await signIn(page, 'secretariat@example.org');
      await chooseLanguage(page, language);
      await openInstrument(page, agreementId);
      await page.getByTestId('actions-table').waitFor();
      expect(await pageWidth(page)).toBeLessThanOrEqual(width);
      await screenshot(page, name);
      await page.context().close();
    }
  });
});

describe('registering an instrument', () => {
  it('lets the Secretariat register an agreement that enters into force 30 days after the notifications of all signatories, and shows it waiting', async () => {
    const page = await e2e.newPage();
    await signIn(page, 'secretariat@example.org');
    await page.goto('/documents');
    await page.getByRole('link', { name: 'Register an instrument' }).click();
    await page.waitForURL(/\/documents\/new$/);
    const form = page.getByTestId('instrument-form');
    await form.getByLabel('Kind', { exact: true }).selectOption({ label: 'Agreement' });
    await form.getByLabel('Title in English').fill('Agreement on cooperation in civil aviation');
    await form
      .getByLabel('Title in Russian')
      .fill('Соглашение о сотрудничестве в области гражданской авиации');
    await form.getByLabel('Title in Chinese').fill('民用航空领域合作协定');
    await form.getByLabel('Adopted by').selectOption('HSC');
    await form.getByLabel('Signature date').fill('2025-09-01');
    await form.getByLabel('Place in English').fill('Tianjin');

    const rule = form.getByTestId('eif-fields');
    await rule.getByLabel('After notifications').check();
    expect(await rule.getByLabel('Those of all signatories').isChecked()).toBe(true);
    await rule.getByLabel('Days after the notification').fill('30');
    await form.getByLabel('Transport', { exact: true }).check();

    // The instrument it implements, found by words of its title.
    const related = form.getByTestId('related-field');
    await related.getByLabel('Find a related instrument').fill('energy cooperation');
    await related.getByRole('button', { name: 'Find', exact: true }).click();
    const energy = /^Decision approving the Strategy for the Development of Energy Cooperation/;
    await related.getByRole('button', { name: energy }).click();
    await related
      .getByLabel(/^Relation to Decision approving the Strategy/)
      .selectOption({ label: 'Implements' });

    await form.getByRole('button', { name: 'Register the instrument' }).click();
    await page.waitForURL(/\/documents\/[0-9a-f-]{36}$/);
    await page
      .getByRole('heading', { level: 1, name: 'Agreement on cooperation in civil aviation' })
      .waitFor();
    expect(await page.getByTestId('instrument-status').first().textContent()).toBe('Not in force');
    // Signed on a date the form gave, with no state's signature recorded yet: never "no state has signed".
    expect(await explanation(page).textContent()).toBe(
      'Not in force as far as recorded: signed on 1 September 2025; the signatures by state are not yet recorded.',
    );
    expect(await page.locator('.eif__rule').textContent()).toBe(
      'Rule: 30 days after the notifications of all signatories.',
    );
    const facts = (await page.getByTestId('instrument-facts').textContent())!;
    expect(facts).toContain('1 September 2025, Tianjin');
    expect(facts).toContain('Transport');
    expect(await page.getByTestId('related').textContent()).toMatch(
      /^Implements Decision approving the Strategy for the Development of Energy Cooperation/,
    );
    await screenshot(page, 'documents-registered-1280');
    await page.context().close();
  });

  it('names the field the server refused', async () => {
    const page = await e2e.newPage();
    await signIn(page, 'secretariat@example.org');
    await page.goto('/documents/new');
    const form = page.getByTestId('instrument-form');
    await form.getByLabel('Title in English').fill('Memorandum on tourism');
    await form.getByLabel('Title in Russian').fill('Меморандум о туризме');
    await form.getByLabel('Title in Chinese').fill('旅游谅解备忘录');
    // A note without the address it is about.
    await form.getByLabel('Note on the source').fill('Announced at the summit.');
    await form.getByRole('button', { name: 'Register the instrument' }).click();
    // Said under the field the server refused, which takes the focus.
    const url = form.getByLabel('Address of the source');
    await form.locator('[aria-invalid="true"]').first().waitFor();
    expect(await url.getAttribute('aria-invalid')).toBe('true');
    expect(await url.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await form.locator('.field__error').first().textContent()).toContain(
      'This value is not accepted.',
    );
    expect(page.url()).toMatch(/\/documents\/new$/);
    await page.context().close();
  });

  it('shows a national coordinator no way to register an instrument', async () => {
    const page = await e2e.newPage();
    await signIn(page, 'coordinator.kz@example.org');
    await page.goto('/documents');
    await page.getByTestId('documents-table').waitFor();
    await page.getByTestId('signed-in-user').waitFor({ state: 'attached' });
    expect(await page.getByRole('link', { name: 'Register an instrument' }).count()).toBe(0);
    await page.goto('/documents/new');
    await page.getByText('Only the Secretariat registers instruments.').waitFor();
    expect(await page.getByTestId('instrument-form').count()).toBe(0);
    await page.context().close();
  });

  it('fits the form on a phone screen, in Chinese', async () => {
    const page = await e2e.newPage({ width: 375, height: 800 });
    await signIn(page, 'secretariat@example.org');
    await chooseLanguage(page, 'zh-CN');
    await page.goto('/documents/new');
    const form = page.getByTestId('instrument-form');
    await form.getByTestId('eif-fields').getByLabel('收到通知后生效').check();
    await form.getByTestId('related-field').getByLabel('查找相关文件').fill('禁毒');
    await form.getByTestId('related-field').getByRole('button', { name: '查找', exact: true }).click();
    await form.getByTestId('related-field').locator('.instrument-picker__matches li').first().waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(375);
    await screenshot(page, 'documents-register-375-zh');
    await page.context().close();
  });
});

describe('the register on a phone', () => {
  it('keeps the page within the screen and lets the table scroll', async () => {
    const page = await e2e.newPage({ width: 375, height: 800 });
    await page.goto('/documents');
    await page.getByTestId('documents-table').waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(375);
    await screenshot(page, 'documents-list-375');
    await page.context().close();
  });

  it('raises no script errors along the way', () => {
    expect(e2e.pageErrors).toEqual([]);
  });
});
