import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageWidth, screenshot, signIn, startE2E, type E2E } from './harness';

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.close();
});

const LOCALES = [
  ['en-GB', 'en'],
  ['ru-RU', 'ru'],
  ['zh-CN', 'zh-CN'],
] as const;

describe('the transport network map', () => {
  it('draws nodes by type and links by mode, the planned link dashed, with a legend and the table beside it', async () => {
    const page = await e2e.newPage();
    await page.goto('/transport');
    await page.getByTestId('network-map').waitFor();
    // One node has no coordinates: it is in the table, not on the map.
    expect(await page.locator('[data-testid="network-map"] [data-node]').count()).toBe(57);
    expect(await page.locator('[data-node-row]').count()).toBe(58);
    expect(await page.locator('.net-link--planned').count()).toBeGreaterThan(0);
    expect(await page.locator('.net-link--ferry').count()).toBeGreaterThan(0);
    const legend = await page.getByTestId('network-legend').textContent();
    expect(legend).toContain('Planned link');
    expect(legend).toContain('Rail');
    expect(await page.locator('tr[data-node-row="xian"]').textContent()).toContain('unknown');
    // Countries the platform does not list are named, not given as a code.
    expect(await page.locator('tr[data-node-row="rotterdam"]').textContent()).toContain('Netherlands');
    await screenshot(page, 'transport-map-en');
    await page
      .getByTestId('transport-corridors')
      .getByRole('link', { name: /Middle Corridor/ })
      .click();
    await page.getByTestId('corridor-map').waitFor();
    await page.context().close();
  });
});

describe('a node page', () => {
  it('gives the type, the country by name, coordinates, capacities with year and source, and its links', async () => {
    const page = await e2e.newPage();
    await page.goto('/transport/nodes/lianyungang');
    await page.getByTestId('node-links').waitFor();
    const facts = (await page.getByTestId('node-facts').textContent()) ?? '';
    expect(facts).toContain('Seaport');
    expect(facts).toContain('China');
    expect(facts).toContain('CNLYG');
    expect(facts).toContain('1435 mm');
    const capacities = (await page.getByTestId('node-capacities').textContent()) ?? '';
    expect(capacities).toContain('2023');
    expect(capacities).toContain('year unknown');
    expect(capacities).toContain('Xinhua');
    expect(await page.locator('[data-testid="node-links"] [data-link-row]').count()).toBeGreaterThan(0);
    await screenshot(page, 'transport-node-en');

    await page.goto('/transport/nodes/xian');
    await page.getByTestId('node-facts').waitFor();
    expect(await page.getByTestId('node-facts').textContent()).toContain('UN/LOCODEunknown');
    await page.context().close();
  });
});

describe('a corridor page', () => {
  it('shows its path, its links with sources, and where it meets the other corridors', async () => {
    const page = await e2e.newPage();
    await page.goto('/transport/corridors/instc');
    await page.getByTestId('corridor-synergy').waitFor();
    expect(await page.locator('[data-testid="corridor-map"] .net-link--highlight').count()).toBeGreaterThan(
      0,
    );
    expect(await page.locator('[data-testid="corridor-links"] [data-link-row]').count()).toBeGreaterThan(0);
    const synergy = (await page.getByTestId('corridor-synergy').textContent()) ?? '';
    expect(synergy).toContain('shared nodes');
    // Rasht–Astara is the reference data's planned link on this corridor.
    expect(synergy).toMatch(/Rasht/);
    // Meetings, agreements and projects as their modules let this reader see them (none tagged here).
    await page.getByTestId('corridor-records').waitFor();
    expect(await page.getByTestId('corridor-records').textContent()).toContain('No meetings');
    await screenshot(page, 'transport-corridor-en');
    await page.context().close();
  });
});

describe('the route planner', () => {
  it('answers with alternatives in a table, estimated figures marked, and the chosen route on the map', async () => {
    const page = await e2e.newPage();
    await page.goto('/transport/planner');
    const form = page.getByTestId('planner-form');
    await form.getByLabel('From').selectOption('xian');
    await form.getByLabel('To').selectOption('baku_alat');
    await form.getByLabel('Best by').selectOption('pareto');
    await form.getByLabel('Cargo', { exact: true }).fill('2');
    await form.getByLabel('Unit').selectOption('teu');
    await form.getByLabel('Tonnes per TEU').fill('10');
    await form.getByRole('button', { name: 'Find routes' }).click();
    await page.getByTestId('planner-routes').waitFor();
    expect(page.url()).toContain('criterion=pareto');
    expect(page.url()).toContain('tonnesPerTeu=10');
    const rows = page.locator('[data-route-row]');
    expect(await rows.count()).toBeGreaterThan(0);
    await page.getByTestId('route-line').waitFor();
    const legs = page.getByTestId('planner-legs');
    expect(await legs.locator('[data-figure="estimated"]').count()).toBeGreaterThan(0);
    expect(await legs.locator('[data-figure="published"]').count()).toBeGreaterThan(0);
    // A figure no source gives is unknown, and says so; it never reads as zero.
    expect(await legs.textContent()).not.toMatch(/(^|\s)0 USD/);
    if ((await rows.count()) > 1) {
      await page.getByRole('button', { name: 'Show route 2' }).click();
      expect(await page.getByRole('button', { name: 'Show route 2' }).getAttribute('aria-pressed')).toBe(
        'true',
      );
    }
    await screenshot(page, 'transport-planner-en');
    await page.context().close();
  });

  it('shows a refused question at the field it concerns', async () => {
    const page = await e2e.newPage();
    await page.goto('/transport/planner?from=xian&to=aktau&avoid=KZ');
    const avoid = page.locator('fieldset[data-field="/avoid"]');
    await avoid.locator('.field__error').waitFor();
    expect(await avoid.getAttribute('aria-invalid')).toBe('true');
    expect(await avoid.textContent()).toContain('cannot be avoided');

    const form = page.getByTestId('planner-form');
    await form.getByRole('checkbox', { name: 'Kazakhstan' }).uncheck();
    await form.getByLabel('Cargo', { exact: true }).fill('lots');
    await form.getByRole('button', { name: 'Find routes' }).click();
    const cargo = form.getByLabel('Cargo', { exact: true });
    await page.waitForFunction(() => document.querySelector('input[aria-invalid="true"]') !== null);
    expect(await cargo.getAttribute('aria-invalid')).toBe('true');
    expect(await avoid.getAttribute('aria-invalid')).toBeNull();
    await screenshot(page, 'transport-planner-problem-en');
    await page.context().close();
  });
});

describe('the partnership network', () => {
  it('lets a coordinator apply for a port of their own state, and the Secretariat sees the application', async () => {
    const page = await e2e.newPage();
    await signIn(page, 'coordinator.kz@example.org');
    await page.goto('/transport/partners');
    const form = page.locator('form[aria-labelledby="partner-apply-heading"]');
    // Only the ports and centres of Kazakhstan are offered.
    await form.locator('option[value="aktau"]').waitFor({ state: 'attached' });
    const offered = await form.getByLabel('Port or centre').locator('option').allTextContents();
    expect(offered.some((o) => o.includes('Aktau'))).toBe(true);
    expect(offered.some((o) => o.includes('Lianyungang'))).toBe(false);

    await form.getByRole('button', { name: 'Apply' }).click();
    await form.locator('[aria-invalid="true"]').first().waitFor();

    await form.getByLabel('Port or centre').selectOption('aktau');
    await form.getByLabel('Contact point').fill('Port duty officer');
    await form.getByRole('checkbox', { name: 'Transshipment' }).check();
    await form.getByLabel('Source', { exact: true }).fill('Letter of the national coordinator (e2e)');
    await form.getByRole('button', { name: 'Apply' }).click();
    await page.getByTestId('partner-apply-status').getByText('Applied').waitFor();
    await page.locator('[data-testid="partners-applications"] [data-partner-row="aktau"]').waitFor();
    await screenshot(page, 'transport-partners-coordinator-en');
    await page.context().close();

    const secretariat = await e2e.newPage();
    await signIn(secretariat, 'secretariat@example.org');
    await secretariat.goto('/transport/partners');
    await secretariat.locator('[data-testid="partners-applications"] [data-partner-row="aktau"]').waitFor();
    // The Secretariat does not apply for a state: no form.
    expect(await secretariat.locator('#partner-apply-heading').count()).toBe(0);
    await secretariat.context().close();
  });
});

describe('in Russian and Chinese, and on a phone', () => {
  const pages = [
    ['map', '/transport', 'network-map'],
    ['node', '/transport/nodes/aktau', 'node-links'],
    ['corridor', '/transport/corridors/middle', 'corridor-records'],
    ['planner', '/transport/planner?from=xian&to=rotterdam&criterion=time&include=planned', 'planner-legs'],
    ['partners', '/transport/partners', 'partners-members'],
  ] as const;

  // One test per language, so that a busy machine does not run fifteen pages into one test's timeout.
  for (const [locale, tag] of LOCALES) {
    it(`reads every page in ${locale} at 390 px with no sideways scroll`, async () => {
      for (const [name, url, ready] of pages) {
        const page = await e2e.newPage({ locale, width: 390, height: 800 });
        await page.goto(url);
        await page.getByTestId(ready).waitFor();
        expect(await page.locator('html').getAttribute('lang')).toBe(tag);
        expect(await pageWidth(page), `${name} in ${locale}`).toBeLessThanOrEqual(390);
        await screenshot(page, `transport-${name}-${tag}-390`);
        await page.context().close();
      }
    });
  }

  it('reads the map and the planner in Russian and Chinese on a wide screen', async () => {
    for (const [locale, tag] of LOCALES.slice(1)) {
      const page = await e2e.newPage({ locale });
      await page.goto('/transport/planner?from=xian&to=baku_alat&criterion=pareto');
      await page.getByTestId('planner-legs').waitFor();
      await screenshot(page, `transport-planner-${tag}`);
      await page.goto('/transport');
      await page.getByTestId('network-map').waitFor();
      await screenshot(page, `transport-map-${tag}`);
      await page.context().close();
    }
  });
});
