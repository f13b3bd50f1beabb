import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiAs,
  chooseLanguage,
  DEMO_PASSWORD,
  pageWidth,
  screenshot,
  signIn,
  startE2E,
  type E2E,
} from './harness';

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.close();
});

const TAXII = 'application/taxii+json;version=2.1';
const COORDINATOR = 'cyber.coordinator@example.org';

/** The platform's own TAXII server stands in for a member CERT's: the feed polls it over real HTTP. */
async function taxiiCollection(alias: string, email: string) {
  const auth = `Basic ${Buffer.from(`${email}:${DEMO_PASSWORD}`).toString('base64')}`;
  const res = await fetch(`${e2e.baseUrl}/taxii2/exchange/collections/`, {
    headers: { accept: TAXII, authorization: auth },
  });
  const { collections } = (await res.json()) as { collections: { id: string; alias: string }[] };
  const id = collections.find((c) => c.alias === alias)!.id;
  return {
    id,
    publish: async (objects: unknown[]) => {
      const posted = await fetch(`${e2e.baseUrl}/taxii2/exchange/collections/${id}/objects/`, {
        method: 'POST',
        headers: { accept: TAXII, 'content-type': TAXII, authorization: auth },
        body: JSON.stringify({ objects }),
      });
      expect(posted.status).toBe(202);
    },
  };
}

const indicator = (n: number) => ({
  type: 'indicator',
  spec_version: '2.1',
  id: `indicator--${randomUUID()}`,
  created: '2026-11-20T10:00:00.000Z',
  modified: '2026-11-20T10:00:00.000Z',
  name: `Demo indicator ${n}`,
  pattern: `[ipv4-addr:value = '198.51.100.${n}']`,
  pattern_type: 'stix',
  valid_from: '2026-11-20T10:00:00Z',
});

async function feedRow(title: string) {
  return e2e.app.kernel.db
    .selectFrom('cyber_feed')
    .select(['id', 'last_success_at', 'last_error', 'objects_total'])
    .where('title', '=', title)
    .executeTakeFirst();
}

/** The feed job runs in the background after a registration; wait for its first poll to be recorded. */
async function polled(title: string) {
  for (let i = 0; i < 300; i++) {
    const row = await feedRow(title);
    if (row && (row.last_success_at || row.last_error)) return row;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the feed ${title} was not polled`);
}

describe('feeds from member CERTs', () => {
  it('the coordinator registers a feed, sees its health, and pauses it', async () => {
    const community = await taxiiCollection('community', 'cert.kz@example.org');
    await community.publish([indicator(1), indicator(2), indicator(3)]);

    const page = await e2e.newPage();
    await signIn(page, COORDINATOR);
    await page.goto('/cyber/feeds');
    await page.getByTestId('feeds-none').waitFor();

    const form = page.getByTestId('feed-form');
    await form.getByLabel('Name', { exact: true }).fill('Demo: CERT-KZ community server');
    await form.getByLabel('Member CERT').selectOption('KZ');
    await form.getByLabel('API root URL').fill(`${e2e.baseUrl}/taxii2/exchange/`);
    await form.getByLabel('Collection id on that server').fill(community.id);
    await form.getByLabel('User name', { exact: true }).fill('cert.kz@example.org');
    await form.getByLabel('Password').fill(DEMO_PASSWORD);
    await form.getByLabel('Poll every (minutes)').fill('30');
    await form.getByRole('button', { name: 'Register the feed' }).click();
    await page.getByTestId('feed-form-status').getByText('The feed is registered').waitFor();
    expect(await form.getByLabel('Password').inputValue()).toBe('');

    const row = await polled('Demo: CERT-KZ community server');
    expect(row.last_error).toBeNull();
    expect(Number(row.objects_total)).toBe(3);

    // A second feed, pointing at a collection that does not exist there, fails and says why.
    const api = await apiAs(e2e.baseUrl, COORDINATOR);
    await api('POST', '/api/v1/cyber/feeds', {
      title: 'Demo: CERT-KG (wrong collection)',
      apiRootUrl: `${e2e.baseUrl}/taxii2/exchange/`,
      remoteCollectionId: randomUUID(),
      stateCode: 'KG',
      credentials: { kind: 'basic', username: 'cert.kg@example.org', password: DEMO_PASSWORD },
      intervalMinutes: 60,
    });
    await polled('Demo: CERT-KG (wrong collection)');

    await page.reload();
    const cards = page.getByTestId('feed-card');
    await cards.first().waitFor();
    expect(await cards.count()).toBe(2);
    const kz = cards.filter({ hasText: 'CERT-KZ' });
    expect(await kz.getByTestId('feed-health').textContent()).toBe('Healthy');
    expect(await kz.getByTestId('feed-taken').textContent()).toBe('3 in all, 3 in the last run');
    const kg = cards.filter({ hasText: 'CERT-KG' });
    expect(await kg.getByTestId('feed-health').textContent()).toBe('Failing');
    expect(await kg.getByTestId('feed-error').textContent()).toMatch(/HTTP 404/);
    expect(await page.content()).not.toContain(DEMO_PASSWORD);
    await screenshot(page, 'cyber-feeds-en-1280');

    await kz.getByRole('button', { name: 'Pause' }).click();
    await kz.getByRole('button', { name: 'Resume' }).waitFor();
    expect(await kz.getByTestId('feed-health').textContent()).toBe('Paused');
    const audit = await e2e.app.kernel.db
      .selectFrom('core_audit_entry')
      .select(['action', 'actor_email'])
      .where('action', 'in', ['cyber.feed_created', 'cyber.feed_paused'])
      .where('target_id', '=', row.id)
      .orderBy('seq')
      .execute();
    expect(audit).toEqual([
      { action: 'cyber.feed_created', actor_email: COORDINATOR },
      { action: 'cyber.feed_paused', actor_email: COORDINATOR },
    ]);
    await screenshot(page, 'cyber-feeds-en-1280-paused');
    await page.context().close();
  });

  it('shows a field problem next to the field it concerns', async () => {
    const page = await e2e.newPage();
    await signIn(page, COORDINATOR);
    await page.goto('/cyber/feeds');
    const form = page.getByTestId('feed-form');
    await form.getByLabel('Name', { exact: true }).fill('Demo: broken');
    await form.getByLabel('Member CERT').selectOption('KZ');
    await form.getByLabel('API root URL').fill('https://taxii.example/no-trailing-slash');
    await form.getByLabel('Collection id on that server').fill('abc');
    await form.getByRole('button', { name: 'Register the feed' }).click();
    const url = form.getByLabel('API root URL');
    await expect.poll(() => url.getAttribute('aria-invalid')).toBe('true');
    await page.context().close();
  });

  it('reads in Russian and Chinese, and at phone width', async () => {
    for (const [language, name, title] of [
      ['en', 'en', 'Feeds from member CERTs'],
      ['ru', 'ru', 'Источники данных CERT государств-членов'],
      ['zh-CN', 'zh', '成员国 CERT 数据源'],
    ] as const) {
      for (const width of [1280, 390]) {
        if (language === 'en' && width === 1280) continue;
        const page = await e2e.newPage({ width });
        await signIn(page, COORDINATOR);
        await page.goto('/cyber/feeds');
        await chooseLanguage(page, language);
        await page.getByTestId('feeds-list').waitFor();
        expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(title);
        if (width === 390) expect(await pageWidth(page)).toBeLessThanOrEqual(390);
        await screenshot(page, `cyber-feeds-${name}-${width}`);
        await page.context().close();
      }
    }
  });

  it('a CERT analyst is told the page is not theirs and sees no feed', async () => {
    const page = await e2e.newPage();
    await signIn(page, 'cert.kz@example.org');
    await page.goto('/cyber/feeds');
    await page.getByTestId('feeds-not-allowed').waitFor();
    expect(await page.getByTestId('feed-card').count()).toBe(0);
    const status = await page.evaluate(async () => (await fetch('/api/v1/cyber/feeds')).status);
    expect(status).toBe(403);
    expect(e2e.pageErrors).toEqual([]);
    await page.context().close();
  });
});
