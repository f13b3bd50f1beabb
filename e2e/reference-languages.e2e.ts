import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageWidth, screenshot, startE2E, type E2E } from './harness';

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

describe('stored reference text in the reader language (ADR 0079)', () => {
  for (const [locale, width] of [
    ['ru-RU', 1280],
    ['zh-CN', 1280],
    ['ru-RU', 390],
    ['zh-CN', 390],
  ] as const) {
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
      await page.context().close();
    });
  }
});
