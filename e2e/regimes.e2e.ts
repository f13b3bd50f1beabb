import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toCsv } from '../src/server/core/http/csv';
import { COLUMNS } from '../src/server/modules/regimes/regimes.csv';
import { pageWidth, screenshot, signIn, startE2E, type E2E } from './harness';

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.close();
});

const LOCALES = [
  ['ru-RU', 'ru'],
  ['zh-CN', 'zh-CN'],
] as const;

const row = (cells: Record<string, string>) => COLUMNS.map((c) => cells[c] ?? '');
const file = toCsv(COLUMNS, [
  row({
    code: 'E2E-KG-FZ',
    state: 'KG',
    type: 'free_customs_zone',
    name_en: 'E2E imported zone',
    in_force_on: '2023-06-01',
    in_force_source: 'https://example.org/law',
    in_force_read_on: '2026-12-01',
  }),
  row({ code: 'E2E-BAD', state: 'XX', type: 'tax_regime', name_en: 'Bad row', in_force_on: '2023-06-01' }),
]);

describe('the regimes registry in a browser', () => {
  it('searches with facets, shows a regime with its history, unsourced values and zone, the visa matrix, and imports a CSV', async () => {
    const page = await e2e.newPage();
    await page.goto('/regimes');
    await page.getByTestId('regimes-table').waitFor();
    expect(await page.getByTestId('regimes-table').textContent()).toContain('Demo: special economic zone');
    await page.getByLabel('In force on').fill('2019-01-01');
    await page.getByText('1 regime found').waitFor();
    expect(await page.getByTestId('regimes-table').textContent()).toContain('Demo: withdrawn tax regime');
    await page.getByLabel('In force on').fill('');
    await page.getByLabel('Type').selectOption('visa_regime');
    await page.getByText('3 regimes found').waitFor();
    expect(await page.getByLabel('Type').textContent()).toContain('Visa regime (3)');
    await screenshot(page, 'regimes-search-en');

    await page.goto('/regimes/DEMO-KZ-SEZ');
    await page.getByTestId('zone-map').waitFor();
    const facts = (await page.getByTestId('regime-facts').textContent()) ?? '';
    expect(facts).toContain('Kazakhstan');
    expect(facts).toContain('unsourced');
    const history = (await page.getByTestId('regime-history').textContent()) ?? '';
    expect(history).toContain('Initiated2019-06-01unsourced');
    expect(history).toContain('Entered into force2020-01-01');
    await screenshot(page, 'regimes-regime-en');

    await page.goto('/regimes/visa-matrix');
    await page.getByTestId('visa-matrix').waitFor();
    await page.getByLabel('On', { exact: true }).fill('2024-01-01');
    await page.getByText('Visa regimes in force on 2024-01-01').waitFor();
    expect(await page.getByTestId('visa-matrix').textContent()).toContain('Visa free · 90 days');
    await screenshot(page, 'regimes-visa-en');

    await signIn(page, 'secretariat@example.org');
    await page.goto('/regimes/import');
    await page
      .getByLabel('CSV file')
      .setInputFiles({ name: 'regimes.csv', mimeType: 'text/csv', buffer: Buffer.from(file) });
    await page.getByTestId('import-errors').waitFor();
    expect(await page.getByTestId('import-preview').textContent()).toContain(
      '2 rows; 1 new, 0 changed, 0 unchanged, 1 with errors',
    );
    expect(await page.getByTestId('import-errors').textContent()).toContain('3stateXX');
    expect(await page.getByRole('button', { name: 'Import' }).isDisabled()).toBe(true);
    await page.getByLabel('Import the good rows and skip rows 3').check();
    await page.getByRole('button', { name: 'Import' }).click();
    await page.getByText('Done: 1 of 1 rows written. Skipped rows: 3.').waitFor();
    expect(await page.locator('progress').getAttribute('value')).toBe('1');
    await screenshot(page, 'regimes-import-en');
    await page.goto('/regimes/E2E-KG-FZ');
    await page.getByTestId('regime-history').waitFor();
    await page.context().close();
  });

  for (const [locale, tag] of LOCALES) {
    it(`reads every page in ${locale}, and at 390 px with no sideways scroll`, async () => {
      for (const width of [1280, 390]) {
        const page = await e2e.newPage({ locale, width, height: 800 });
        for (const [name, url, ready] of [
          ['search', '/regimes', 'regimes-table'],
          ['regime', '/regimes/DEMO-KZ-SEZ', 'zone-map'],
          ['visa', '/regimes/visa-matrix', 'visa-matrix'],
        ] as const) {
          await page.goto(url);
          await page.getByTestId(ready).waitFor();
          expect(await page.locator('html').getAttribute('lang')).toBe(tag);
          if (width === 390 && name !== 'visa')
            expect(await pageWidth(page), `${name} ${locale}`).toBeLessThanOrEqual(390);
          await screenshot(page, `regimes-${name}-${tag}${width === 390 ? '-390' : ''}`);
        }
        await page.context().close();
      }
    });
  }
  it('keeps the page free of errors', () => {
    expect(e2e.pageErrors).toEqual([]);
  });
});
