import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseLanguage, pageWidth, screenshot, signIn, startE2E, type E2E } from './harness';

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.close();
});

async function api<T>(path: string): Promise<T> {
  return (await (await fetch(`${e2e.baseUrl}${path}`)).json()) as T;
}
type Items = { items: { id: string; title: { en: string } }[] };

/** Russian and Chinese readers on a desktop and on a phone. */
const VIEWS = [
  ['ru-RU', 1280],
  ['zh-CN', 1280],
  ['ru-RU', 390],
  ['zh-CN', 390],
] as const;

describe('stored reference text in the reader language (ADR 0079)', () => {
  for (const [locale, width] of VIEWS) {
    const ru = locale === 'ru-RU';
    it(`shows source notes, places and summits in ${locale} at ${width} px, marked as working translations`, async () => {
      const page = await e2e.newPage({ locale, width });
      const mark = ru ? '(рабочий перевод)' : '(工作译文)';

      await page.goto('/states/KZ');
      const timeline = page.getByTestId('status-timeline');
      await timeline.waitFor();
      const note = await timeline.locator('.timeline__note').first().textContent();
      expect(note).toContain(ru ? 'Государство-основатель' : '创始成员国');
      expect(note).toContain(mark);
      expect(note).not.toContain('Founding member');
      expect(await pageWidth(page)).toBeLessThanOrEqual(width);
      await screenshot(page, `reference-languages-state-${locale}-${width}`);

      const docs = await api<Items>('/api/v1/documents?year=2025&limit=200');
      const tianjin = docs.items.find((d) => d.title.en.startsWith('Tianjin Declaration'))!;
      await page.goto(`/documents/${tianjin.id}`);
      const facts = page.getByTestId('instrument-facts');
      await facts.waitFor();
      await expect.poll(() => facts.textContent()).toContain(ru ? 'Тяньцзинь' : '天津');
      const text = (await facts.textContent()) ?? '';
      expect(text).not.toContain('Tianjin');
      expect(text).toContain(ru ? 'рабочие переводы' : '工作译文');
      await screenshot(page, `reference-languages-document-${locale}-${width}`);

      const meetings = await api<Items>('/api/v1/meetings?from=2025-08-01&to=2025-09-30');
      const summit = meetings.items.find((m) => m.title.en.includes('Tianjin'))!;
      await page.goto(`/meetings/${summit.id}`);
      const source = page.getByTestId('meeting-source');
      await source.waitFor();
      const sourceText = (await source.textContent()) ?? '';
      expect(sourceText).toContain(ru ? '25-е заседание СГГ' : '元首理事会第25次会议');
      expect(sourceText).toContain(mark);
      await screenshot(page, `reference-languages-meeting-${locale}-${width}`);

      await page.goto('/');
      const chair = page.getByTestId('current-chair');
      await chair.waitFor();
      const home = (await page.locator('main').textContent()) ?? '';
      expect(home).not.toContain('date not found');
      // A body's seat is stored reference text too (ADR 0094).
      const bodies = (await page.getByTestId('bodies').textContent()) ?? '';
      expect(bodies).toContain(ru ? 'местопребывание: Ташкент' : '所在地：塔什干');
      expect(bodies).toContain(mark);
      await screenshot(page, `reference-languages-home-${locale}-${width}`);
      await page.context().close();
    });
  }
});

describe('organisation names and places of signature in three languages (ADR 0079)', () => {
  for (const [locale, width] of VIEWS) {
    const ru = locale === 'ru-RU';
    it(`shows the organisation register in ${locale} at ${width} px, demo names marked as working translations`, async () => {
      const page = await e2e.newPage({ locale, width });
      await page.goto('/organisations');
      const table = page.getByTestId('organisations');
      await table.waitFor();
      const text = (await table.textContent()) ?? '';
      expect(text).toContain(ru ? 'Демонстрационный банк развития (вымышленный)' : '演示开发银行（虚构）');
      expect(text).toContain(ru ? '(рабочий перевод)' : '(工作译文)');
      expect(text).not.toContain('Demo Development Bank');
      expect(await pageWidth(page)).toBeLessThanOrEqual(width);
      await screenshot(page, `reference-languages-organisations-${locale}-${width}`);
      await page.context().close();
    });
  }

  for (const [language, width] of [
    ['ru', 1280],
    ['zh-CN', 390],
  ] as const) {
    const ru = language === 'ru';
    it(`takes a place of signature and an organisation name in three languages, shows the reader's (${language}, ${width} px)`, async () => {
      const page = await e2e.newPage({ width });
      await signIn(page, 'secretariat@example.org');
      await chooseLanguage(page, language);
      await page.goto('/documents/new');
      const form = page.getByTestId('instrument-form');
      const label = (r: string, z: string) => form.getByLabel(ru ? r : z, { exact: true });
      await label('Название на английском', '英文标题').fill(`Memorandum on tourism (${language})`);
      await label('Название на русском', '俄文标题').fill('Меморандум о туризме');
      await label('Название на китайском', '中文标题').fill('旅游谅解备忘录');
      await label('Дата подписания', '签署日期').fill('2025-09-01');
      await label('Место на английском', '英文地点').fill('Qingdao');
      await label('Место на русском', '俄文地点').fill('Циндао');
      await label('Место на китайском', '中文地点').fill('青岛');
      expect(await pageWidth(page)).toBeLessThanOrEqual(width);
      await screenshot(page, `reference-languages-place-form-${language}-${width}`);
      await form.getByRole('button', { name: ru ? 'Зарегистрировать документ' : '登记文件' }).click();
      await page.waitForURL(/\/documents\/[0-9a-f-]{36}$/);
      const facts = page.getByTestId('instrument-facts');
      await facts.waitFor();
      await expect.poll(() => facts.textContent()).toContain(ru ? 'Циндао' : '青岛');
      // Typed by the Secretariat in each language: nothing to mark as the platform's translation.
      const text = (await facts.textContent()) ?? '';
      expect(text).not.toContain('Qingdao');
      expect(text).not.toContain(ru ? '(рабочий перевод)' : '(工作译文)');
      await screenshot(page, `reference-languages-place-${language}-${width}`);

      // An organisation registered with its name in the three languages is listed in the reader's.
      await page.goto('/organisations');
      const orgForm = page.getByTestId('organisation-form');
      const orgLabel = (r: string, z: string) => orgForm.getByLabel(ru ? r : z, { exact: true });
      await orgLabel('Название на английском', '英文名称').fill(`Tashkent Test Fund (${language})`);
      await orgLabel('Название на русском', '俄文名称').fill(`Ташкентский тестовый фонд (${language})`);
      await orgLabel('Название на китайском', '中文名称').fill(`塔什干测试基金（${language}）`);
      await orgLabel('Вид', '类型').selectOption('fund');
      await orgLabel('Страна', '国家').selectOption('UZ');
      expect(await pageWidth(page)).toBeLessThanOrEqual(width);
      await screenshot(page, `reference-languages-organisation-form-${language}-${width}`);
      await orgForm.getByRole('button', { name: ru ? 'Зарегистрировать организацию' : '登记组织' }).click();
      const register = page.getByTestId('organisations');
      await expect
        .poll(() => register.textContent())
        .toContain(ru ? `Ташкентский тестовый фонд (${language})` : `塔什干测试基金（${language}）`);
      expect(await register.textContent()).not.toContain('Tashkent Test Fund');
      await page.context().close();
    });
  }
});
