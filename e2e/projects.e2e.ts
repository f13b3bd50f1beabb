import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProjectSummaryDto } from '../src/contracts/projects';
import { apiAs, pageWidth, screenshot, SCREENSHOT_DIR, signIn, startE2E, type E2E } from './harness';

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.close();
});

const CORRIDOR = 'Demo: multimodal freight corridor';
const PROPOSED = 'Solar power for the Turkestan region';
/** The project proposed through the form in the second test; the tests after it follow its life. */
let projectId = '';

async function corridorId(): Promise<string> {
  const response = await fetch(`${e2e.baseUrl}/api/v1/projects`);
  const { items } = (await response.json()) as { items: ProjectSummaryDto[] };
  return items.find((p) => p.title.en === CORRIDOR)!.id;
}

async function openProject(page: Page, id = projectId) {
  await page.goto(`/projects/${id}`);
  await page.getByTestId('project-facts').waitFor();
}

describe('the pipeline board', () => {
  it('shows the demo projects by stage, each marked Demo, with its cost in the reader’s format', async () => {
    const page = await e2e.newPage();
    await page.goto('/projects');
    await page.getByRole('heading', { level: 1, name: 'Investment projects' }).waitFor();
    const board = page.getByTestId('pipeline');
    await board.locator('[data-project-card]').first().waitFor();
    const stages = await board
      .locator('section[data-stage]')
      .evaluateAll((s) => s.map((e) => e.dataset.stage));
    expect(stages).toEqual([
      'identification',
      'preparation',
      'appraisal',
      'approval',
      'implementation',
      'completion',
      'cancelled',
    ]);
    const card = board.locator('section[data-stage="appraisal"] [data-project-card]', { hasText: CORRIDOR });
    expect(await card.locator('.demo-badge').textContent()).toBe('Demo');
    expect(await card.getByTestId('project-cost').textContent()).toBe('US$1,250,000,000.00');
    expect(await card.textContent()).toContain('Transport and logistics');
    expect(await card.textContent()).toContain('China, Kazakhstan and Uzbekistan');
    // A visitor sees the public pipeline only, all of it labelled demo.
    const cards = board.locator('[data-project-card]');
    expect(await cards.count()).toBe(2);
    expect(await board.locator('[data-project-card] .demo-badge').count()).toBe(2);
    expect(
      await page.getByRole('link', { name: 'Public pipeline as a JSON Feed' }).getAttribute('href'),
    ).toBe('/api/v1/projects/feed.json');
    await page.context().close();
  });

  it('keeps the filters in the address', async () => {
    const page = await e2e.newPage();
    await page.goto('/projects');
    await page.getByTestId('pipeline').locator('[data-project-card]').first().waitFor();
    await page.getByLabel('Sector').selectOption('water_saving');
    await page.waitForURL(/sector=water_saving/);
    await expect.poll(() => page.locator('[data-project-card]').count()).toBe(1);
    await page.getByLabel('Stage').selectOption('appraisal');
    await page.waitForURL(/stage=appraisal/);
    await page.getByTestId('no-projects').waitFor();
    await page.goto('/projects?country=KZ');
    await expect.poll(() => page.locator('[data-project-card]').count()).toBe(1);
    // The country options arrive with the states list, after the cards: wait for the select to show it.
    await expect.poll(() => page.getByLabel('Country').inputValue()).toBe('KZ');
    await page.context().close();
  });
});

describe('proposing a project', () => {
  it('lets the coordinator of Kazakhstan propose a project and see it in identification', async () => {
    const page = await e2e.newPage();
    await signIn(page, 'coordinator.kz@example.org');
    await page.goto('/projects');
    await page.getByRole('link', { name: 'Propose a project' }).click();
    await page.waitForURL(/\/projects\/new$/);
    const form = page.getByTestId('project-form');
    await form.waitFor();
    expect(await form.getByTestId('proposed-by').textContent()).toBe('Proposed by Kazakhstan.');

    await form.getByLabel('Title in English').fill(PROPOSED);
    await form.getByLabel('Title in Russian').fill('Солнечная энергия для Туркестанской области');
    await form.getByLabel('Title in Chinese').fill('突厥斯坦州太阳能项目');
    await form.getByLabel('Description in English').fill('A 50 MW solar plant.\nWith storage.');
    await form.getByLabel('Description in Russian').fill('Солнечная электростанция мощностью 50 МВт.');
    await form.getByLabel('Description in Chinese').fill('50兆瓦太阳能电站。');
    await form.getByLabel('Expected results in English').fill('Clean power for 40,000 homes.');
    await form.getByLabel('Expected results in Russian').fill('Чистая энергия для 40 000 домов.');
    await form.getByLabel('Expected results in Chinese').fill('为4万户家庭提供清洁电力。');
    await form.getByLabel('Sector').selectOption('energy');
    // Kazakhstan, the proposing state, is ticked already.
    expect(await form.getByLabel('Kazakhstan', { exact: true }).isChecked()).toBe(true);
    await form.getByLabel('Uzbekistan', { exact: true }).check();
    await form.getByLabel('Amount').fill('1000.00');
    await form.getByLabel('Currency').selectOption('USD');
    await form.getByLabel('Name of site 1').fill('Plant site');
    await form.getByLabel('Longitude of site 1').fill('68.25');
    await form.getByLabel('Latitude of site 1').fill('43.3');
    await form.getByRole('button', { name: 'Add a site' }).click();
    await form.getByLabel('Name of site 2').fill('Substation');
    await form.getByLabel('Longitude of site 2').fill('68.6');
    await form.getByLabel('Latitude of site 2').fill('43.1');
    await form.getByRole('button', { name: 'Propose the project' }).click();

    await page.waitForURL(/\/projects\/[0-9a-f-]{36}$/);
    projectId = page.url().split('/').at(-1)!;
    await page.getByRole('heading', { level: 1, name: PROPOSED }).waitFor();
    expect(await page.getByTestId('project-stage').textContent()).toBe('Identification');
    expect(await page.getByTestId('project-facts').textContent()).toContain('US$1,000.00');

    await page.getByRole('link', { name: '← All projects' }).click();
    const column = page.getByTestId('pipeline').locator('section[data-stage="identification"]');
    const card = column.locator('[data-project-card]', { hasText: PROPOSED });
    await card.waitFor();
    expect(await card.textContent()).toContain('Restricted');
    expect(await card.locator('.demo-badge').count()).toBe(0);
    await page.context().close();
  });
});

describe('the page of a project', () => {
  it('draws the project’s sites on a map and lists them in words', async () => {
    const page = await e2e.newPage();
    await openProject(page, await corridorId());
    const map = page.getByTestId('project-map');
    await map.waitFor();
    expect(await map.getAttribute('role')).toBe('img');
    expect(await map.locator('path').count()).toBeGreaterThan(3);
    // The corridor is a line, the dry port a point.
    expect(await map.locator('[data-location]').count()).toBe(2);
    expect(await map.locator('path[data-location] title').textContent()).toBe('Sample corridor');
    expect(await map.locator('circle[data-location] title').textContent()).toBe('Sample dry port');
    expect(await page.locator('.project-map__list').textContent()).toContain('Sample dry port');
    expect(await map.locator('.project-map__country--involved').count()).toBeGreaterThanOrEqual(3);
    await page.context().close();
  });

  it('shows the gate’s checklist with what is met and what is missing', async () => {
    const page = await e2e.newPage();
    await openProject(page, await corridorId());
    const checklist = page.getByTestId('gate-checklist');
    await checklist.waitFor();
    expect(await page.getByRole('heading', { name: 'Gate of the Appraisal stage' }).count()).toBe(1);
    expect(await page.getByTestId('gate-summary').textContent()).toBe(
      '3 of 3 items are still missing before the project can move on.',
    );
    const plan = checklist.locator('[data-item="financing_plan"]');
    expect(await plan.textContent()).toContain('Financing plan');
    expect(await plan.textContent()).toContain('Missing');
    expect(await checklist.locator('[data-item="affordability"]').textContent()).toContain(
      'Affordability: are the costs affordable over the whole life of the project?',
    );
    // A visitor reads; only the Secretariat and the proposing state keep the file.
    expect(await page.getByTestId('checklist-form').count()).toBe(0);
    expect(await page.getByTestId('stage-form').count()).toBe(0);
    await page.context().close();
  });

  it('lets the proposing state record a checklist item and the Secretariat move the project on', async () => {
    const kz = await e2e.newPage();
    await signIn(kz, 'coordinator.kz@example.org');
    await openProject(kz);
    const form = kz.getByTestId('checklist-form');
    await form.getByLabel('Item').selectOption('concept_note');
    await form.getByLabel('Document reference').fill('KZ-2026-017');
    await form.getByRole('button', { name: 'Record as met' }).click();
    await form.getByText('The item has been recorded.').waitFor();
    const item = kz.getByTestId('gate-checklist').locator('[data-item="concept_note"]');
    expect(await item.textContent()).toContain('Met');
    expect(await item.textContent()).toContain('KZ-2026-017');
    await form.getByLabel('Item').selectOption('rationale');
    await form.getByLabel('Answer').fill('Southern Kazakhstan imports most of its power.');
    await form.getByRole('button', { name: 'Record as met' }).click();
    await kz.getByTestId('gate-summary').getByText('Every item of this gate is met.').waitFor();
    await kz.context().close();

    const secretariat = await e2e.newPage();
    await signIn(secretariat, 'secretariat@example.org');
    await openProject(secretariat);
    const stage = secretariat.getByTestId('stage-form');
    expect(await stage.getByLabel('Forward to Preparation').isChecked()).toBe(true);
    await stage.getByRole('button', { name: 'Forward to Preparation' }).click();
    await expect.poll(() => secretariat.getByTestId('project-stage').textContent()).toBe('Preparation');
    // Going back needs a reason.
    await stage.getByLabel('Back to Identification').check();
    const back = stage.getByRole('button', { name: 'Back to Identification' });
    expect(await back.isDisabled()).toBe(true);
    await stage.getByLabel('Reason').fill('The concept note is being revised.');
    expect(await back.isDisabled()).toBe(false);
    await secretariat.context().close();
  });
});

describe('taking part', () => {
  it('lets a member state say it is interested in participating', async () => {
    const page = await e2e.newPage();
    await signIn(page, 'coordinator.uz@example.org');
    await openProject(page);
    const panel = page.getByTestId('interest');
    expect(await panel.textContent()).toContain('No member state has expressed interest yet.');
    await panel.getByRole('button', { name: 'Interested in participating' }).click();
    await panel.getByText('Interested member states: Uzbekistan.').waitFor();
    expect(await panel.getByRole('status').textContent()).toBe('Interest recorded for Uzbekistan.');
    expect(await panel.getByRole('button', { name: 'Interested in participating' }).count()).toBe(0);
    // Before approval the state may change its mind, and say so again.
    await panel.getByRole('button', { name: 'Withdraw our interest' }).click();
    await panel.getByText('No member state has expressed interest yet.').waitFor();
    expect(await panel.getByRole('status').textContent()).toBe('Interest withdrawn.');
    await panel.getByRole('button', { name: 'Interested in participating' }).click();
    await panel.getByText('Interested member states: Uzbekistan.').waitFor();
    await page.context().close();
  });

  it('offers the withdrawal in three languages and on a phone', async () => {
    for (const [language, width, label] of [
      ['ru', 1280, 'Отозвать нашу заинтересованность'],
      ['zh-CN', 1280, '撤回我方参与意向'],
      ['en', 390, 'Withdraw our interest'],
    ] as const) {
      const page = await e2e.newPage({ width });
      await signIn(page, 'coordinator.uz@example.org');
      await page.evaluate((code) => localStorage.setItem('sco.language', code), language);
      await openProject(page);
      const panel = page.getByTestId('interest');
      await panel.getByRole('button', { name: label }).waitFor();
      expect(await pageWidth(page)).toBeLessThanOrEqual(width);
      await panel.screenshot({ path: `${SCREENSHOT_DIR}/interest-${language}-${width}.png` });
      await page.context().close();
    }
  });

  it('lets a delegation ask the sponsors a question and the sponsoring state answer it', async () => {
    const cn = await e2e.newPage();
    await signIn(cn, 'coordinator.cn@example.org');
    await openProject(cn);
    const discussion = cn.locator('section', { has: cn.getByRole('heading', { name: 'Discussion' }) });
    await discussion.getByLabel('Question to the sponsors').check();
    await discussion
      .getByRole('textbox', { name: 'Your question to the sponsors' })
      .fill('Which grid operator will buy the power?');
    await discussion.getByRole('button', { name: 'Post', exact: true }).click();
    const question = cn.getByTestId('project-discussion').locator('[data-comment-kind="question"]');
    await question.waitFor();
    expect(await question.textContent()).toContain('Not answered yet');
    // China does not sponsor the project, so it may comment on the question but not answer it.
    expect(await question.getByRole('button', { name: 'Answer' }).count()).toBe(0);
    await cn.context().close();

    const kz = await e2e.newPage();
    await signIn(kz, 'coordinator.kz@example.org');
    await openProject(kz);
    const thread = kz.getByTestId('project-discussion');
    await thread.getByRole('button', { name: 'Answer' }).click();
    await thread.getByRole('textbox', { name: 'Your answer' }).fill('KEGOC, under a 20-year agreement.');
    await thread.getByRole('button', { name: 'Post answer' }).click();
    const answer = thread.locator('[data-comment-kind="answer"]');
    await answer.waitFor();
    expect(await answer.textContent()).toContain('Kazakhstan');
    expect(await answer.textContent()).toContain('KEGOC, under a 20-year agreement.');
    await expect
      .poll(() => thread.locator('[data-comment-kind="question"] .comment__answered').first().textContent())
      .toBe('Answered');
    await kz.context().close();
  });
});

describe('financing a project', () => {
  it('books commitments and a disbursement through the form and shows the exact totals', async () => {
    const page = await e2e.newPage();
    const keys: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/transactions'))
        keys.push(request.headers()['idempotency-key'] ?? '');
    });
    await signIn(page, 'secretariat@example.org');
    await openProject(page);
    const form = page.getByTestId('booking-form');
    await form.waitFor();
    const status = form.getByTestId('booking-status');

    async function book(kind: string, amount: string) {
      await form.getByLabel('Kind').selectOption(kind);
      await form.getByLabel('Funder').selectOption('KZ');
      await form.getByLabel('Amount').fill(amount);
      await form.getByLabel('Currency').selectOption('USD');
      await form.getByRole('button', { name: 'Book the entry' }).click();
    }

    await book('commitment', '0.10');
    await status.getByText('Booked: Commitment of US$0.10 from Kazakhstan.').waitFor();
    await book('commitment', '0.20');
    await status.getByText('Booked: Commitment of US$0.20 from Kazakhstan.').waitFor();
    await book('disbursement', '0.25');
    await status.getByText('Booked: Disbursement of US$0.25 from Kazakhstan.').waitFor();

    const committed = page.getByTestId('total-USD-commitment');
    // 0.1 + 0.2 in floating point is 0.30000000000000004: the page shows the server's exact sum.
    await expect.poll(() => committed.textContent()).toBe('US$0.30');
    // The commitments were shown before the disbursement was booked: wait for the summary that follows it.
    await expect.poll(() => page.getByTestId('total-USD-disbursement').textContent()).toBe('US$0.25');
    expect(await page.getByTestId('total-USD-pledge').textContent()).toBe('US$0.00');
    expect(await page.getByTestId('committed-converted').textContent()).toBe('US$0.30');
    expect(await page.getByTestId('gap').textContent()).toBe('US$999.70');
    expect(await page.getByTestId('rates').textContent()).toContain('None: every amount is in USD.');
    const chart = page.getByTestId('finance-chart').locator('svg');
    expect(await chart.getAttribute('role')).toBe('img');
    expect(await chart.locator('desc').textContent()).toContain('Committed: US$0.30');

    const rows = page.getByTestId('ledger').locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(3);
    expect(await rows.nth(0).textContent()).toContain('US$0.10');
    expect(await rows.nth(2).textContent()).toContain('Disbursement');

    // One fresh key per submission.
    expect(keys).toHaveLength(3);
    expect(new Set(keys).size).toBe(3);
    for (const key of keys) expect(key).toMatch(/^[0-9a-f-]{36}$/);
    await page.context().close();
  });

  it('explains a disbursement beyond the commitments (409 finance.over_disbursement)', async () => {
    const page = await e2e.newPage();
    await signIn(page, 'secretariat@example.org');
    await openProject(page);
    const form = page.getByTestId('booking-form');
    await form.getByLabel('Kind').selectOption('disbursement');
    await form.getByLabel('Funder').selectOption('KZ');
    await form.getByLabel('Amount').fill('1.00');
    await form.getByRole('button', { name: 'Book the entry' }).click();
    const alert = form.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain(
      "The disbursements would exceed the funder's commitments to this project in this currency.",
    );
    expect(await page.getByTestId('total-USD-disbursement').textContent()).toBe('US$0.25');
    await page.context().close();
  });

  it('offers a coordinator only their own state as the funder', async () => {
    const page = await e2e.newPage();
    await signIn(page, 'coordinator.kz@example.org');
    await openProject(page);
    const funders = page.getByTestId('booking-form').getByLabel('Funder').locator('option');
    expect(await funders.allTextContents()).toEqual(['Kazakhstan']);
    await page.context().close();
  });
});

describe('in Russian and Chinese', () => {
  it('shows the pipeline and the project in Russian', async () => {
    const page = await e2e.newPage({ locale: 'ru-RU' });
    await page.goto('/projects');
    await page.getByRole('heading', { level: 1, name: 'Инвестиционные проекты' }).waitFor();
    const board = page.getByTestId('pipeline');
    await board.getByRole('heading', { name: /Идентификация/ }).waitFor();
    const card = board.locator('[data-project-card]', { hasText: 'Демо: мультимодальный грузовой коридор' });
    expect(await card.locator('.demo-badge').textContent()).toBe('Демо');
    expect(await card.getByTestId('project-cost').textContent()).toBe(
      '1\u00a0250\u00a0000\u00a0000,00\u00a0USD',
    );
    expect(await page.getByRole('navigation').textContent()).toContain('Проекты');
    await page.context().close();
  });

  it('shows the pipeline and the project in Chinese on a phone and on a desktop', async () => {
    const id = await corridorId();
    for (const width of [375, 1280]) {
      const page = await e2e.newPage({ locale: 'zh-CN', width, height: 900 });
      await page.goto('/projects');
      await page.getByRole('heading', { level: 1, name: '投资项目' }).waitFor();
      await page.getByTestId('pipeline').locator('[data-project-card]').first().waitFor();
      await page.getByTestId('pipeline').getByRole('heading', { name: /识别/ }).waitFor();
      expect(await pageWidth(page)).toBeLessThanOrEqual(width);
      await screenshot(page, `projects-zh-${width}`);

      await openProject(page, id);
      await page.getByTestId('project-map').waitFor();
      await page.getByTestId('finance-chart').waitFor();
      expect(await page.getByRole('heading', { name: '融资' }).count()).toBe(1);
      expect(await page.getByTestId('gate-checklist').textContent()).toContain('融资计划');
      expect(await page.getByTestId('total-USD-commitment').textContent()).toBe('US$300,000,000.00');
      expect(await pageWidth(page)).toBeLessThanOrEqual(width);
      await screenshot(page, `project-zh-${width}`);
      await page.context().close();
    }
  });

  it('fits the project page on a phone in English, signed in for the Secretariat', async () => {
    const page = await e2e.newPage({ width: 375, height: 800 });
    await signIn(page, 'secretariat@example.org');
    await openProject(page);
    await page.getByTestId('booking-form').waitFor();
    await page.getByTestId('project-map').waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(375);
    await screenshot(page, 'project-en-375');
    await page.setViewportSize({ width: 1280, height: 900 });
    await screenshot(page, 'project-en-1280');
    await page.goto('/projects');
    await page.getByTestId('pipeline').locator('[data-project-card]').first().waitFor();
    await screenshot(page, 'projects-en-1280');
    await page.context().close();
  });
});

describe('approval', () => {
  it('opens the approval decision among the interested states and links to it', async () => {
    const id = await corridorId();
    const secretariatApi = await apiAs(e2e.baseUrl, 'secretariat@example.org');
    await secretariatApi('POST', `/api/v1/projects/${id}/checklist`, {
      item: 'financing_plan',
      documentRef: 'DEMO-FP-1',
    });
    for (const item of ['affordability', 'deliverability'])
      await secretariatApi('POST', `/api/v1/projects/${id}/checklist`, { item, answer: 'Sample answer.' });

    const page = await e2e.newPage();
    await signIn(page, 'secretariat@example.org');
    await openProject(page, id);
    const stage = page.getByTestId('stage-form');
    expect(await stage.textContent()).toContain('Entering approval opens a consensus decision');
    await stage.getByRole('button', { name: 'Forward to Approval' }).click();
    const approval = page.getByTestId('approval');
    await approval.getByRole('link', { name: 'Open the approval decision' }).waitFor();
    expect(await approval.locator('.status-badge').textContent()).toBe('Open');
    expect(await page.getByTestId('project-stage').textContent()).toBe('Approval');
    await approval.getByRole('link', { name: 'Open the approval decision' }).click();
    await page.waitForURL(/\/decisions\/[0-9a-f-]{36}$/);
    await page.getByTestId('decision-facts').waitFor();
    await page.context().close();
  });
});

describe('along the way', () => {
  it('raises no script errors', () => {
    expect(e2e.pageErrors).toEqual([]);
  });
});
