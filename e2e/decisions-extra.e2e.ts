import { createHash } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DecisionDto } from '../src/contracts/decisions';
import type { MeetingSummaryDto } from '../src/contracts/meetings';
import { pdf } from '../src/server/test/zip';
import { apiAs, chooseLanguage, DEMO_PASSWORD, signIn, startE2E, type E2E } from './harness';

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.close();
});

/** A PDF whole in its structure: uploads are checked by structure, not by their first bytes. */
const PDF = pdf('Draft');
const sha256 = (content: Buffer) => createHash('sha256').update(content).digest('hex');

async function draftDecision(title: string, extra: Record<string, unknown> = {}): Promise<DecisionDto> {
  const secretariat = await apiAs(e2e.baseUrl, 'secretariat@example.org');
  return secretariat<DecisionDto>('POST', '/api/v1/decisions', {
    body: 'CFM',
    title: { en: title, ru: `${title} (ru)`, zh: `${title}（中文）` },
    procedure: 'consensus',
    visibility: 'restricted',
    ...extra,
  });
}

async function openDecision(page: Page, id: string) {
  await page.goto(`/decisions/${id}`);
  await page.getByTestId('decision-facts').waitFor();
}

describe('attachments', () => {
  it('lets the Secretariat attach a PDF to an open draft and shows it with its SHA-256', async () => {
    const decision = await draftDecision('A draft with an annex');
    const page = await e2e.newPage();
    await signIn(page, 'secretariat@example.org');
    await openDecision(page, decision.id);
    const attachments = page.getByTestId('attachments');
    expect(await attachments.getByText('No files are attached.').count()).toBe(1);

    const form = page.getByTestId('attachment-form');
    expect(await form.getByText('You attach the file for: Secretariat').count()).toBe(1);
    await form
      .getByLabel('File (PDF, DOCX or ODT)')
      .setInputFiles({ name: 'annex.pdf', mimeType: 'application/pdf', buffer: PDF });
    await form.getByRole('button', { name: 'Attach the file' }).click();
    await form.getByText('“annex.pdf” has been attached.').waitFor();

    const table = page.getByTestId('attachments-table');
    await table.waitFor();
    expect(await table.locator('caption').textContent()).toBe('1 attached file');
    const row = table.locator('tbody tr');
    expect(await row.count()).toBe(1);
    const digest = sha256(PDF);
    const hash = row.getByTestId('attachment-sha256');
    expect(await hash.textContent()).toBe(`${digest.slice(0, 12)}…`);
    expect(await hash.getAttribute('title')).toBe(digest);
    expect(await row.textContent()).toContain(`${PDF.length} bytes`);
    expect(await row.textContent()).toContain('secretariat@example.org');

    // The link downloads the very bytes uploaded.
    const href = await row.getByRole('link', { name: 'annex.pdf' }).getAttribute('href');
    expect(href).toMatch(new RegExp(`^/api/v1/decisions/${decision.id}/attachments/[0-9a-f-]{36}$`));
    const download = await page.request.get(href!);
    expect(download.status()).toBe(200);
    expect(Buffer.from(await download.body()).equals(PDF)).toBe(true);
    await page.context().close();
  });

  it('refuses a file that is not a PDF, DOCX or ODT with the translated message', async () => {
    const decision = await draftDecision('A draft offered a text file');
    const page = await e2e.newPage();
    await signIn(page, 'secretariat@example.org');
    await openDecision(page, decision.id);
    const form = page.getByTestId('attachment-form');
    await form
      .getByLabel('File (PDF, DOCX or ODT)')
      .setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('Just notes.\n') });
    await form.getByRole('button', { name: 'Attach the file' }).click();
    const alert = form.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain(
      'This type of file is not accepted. Upload a PDF, DOCX or ODT file.',
    );

    await chooseLanguage(page, 'ru');
    await expect
      .poll(() => alert.textContent())
      .toContain('Файлы этого типа не принимаются. Загрузите файл PDF, DOCX или ODT.');
    expect(await page.getByText('Файлы не приложены.').count()).toBe(1);
    await page.context().close();
  });
});

describe('revising the text', () => {
  it('lets the Secretariat revise the text, after which version 2 appears and opens to read it', async () => {
    const decision = await draftDecision('A draft to revise', {
      text: { en: 'First wording.', ru: 'Первая редакция.', zh: '初稿。' },
    });
    const page = await e2e.newPage();
    await signIn(page, 'secretariat@example.org');
    await openDecision(page, decision.id);
    const versions = page.getByTestId('text-versions');
    await versions.locator('li').first().waitFor();
    expect(await versions.locator('li').count()).toBe(1);

    await page.getByRole('button', { name: 'Revise the text' }).click();
    const form = page.getByTestId('revise-text-form');
    await form.getByRole('heading', { name: 'Revise the text (version 2)' }).waitFor();
    expect(await form.getByLabel('Text in English').inputValue()).toBe('First wording.');
    await form.getByLabel('Text in English').fill('Second wording, after the expert meeting.');
    await form.getByLabel('Text in Russian').fill('Вторая редакция, после встречи экспертов.');
    await form.getByLabel('Note on this revision (optional)').fill('Wording agreed by the experts');
    await form.getByRole('button', { name: 'Save as a new version' }).click();
    await page.getByText('Version 2 has been saved.').waitFor();
    expect(await page.getByTestId('revise-text-form').count()).toBe(0);

    await expect.poll(() => versions.locator('li').count()).toBe(2);
    const newest = versions.locator('li[data-version="2"]');
    const summary = newest.locator('summary');
    expect(await summary.textContent()).toMatch(/^Version 2 · .+ · current — Wording agreed by the experts$/);
    const body = newest.getByTestId('version-2');
    expect(await body.isVisible()).toBe(false);
    await summary.click();
    await body.waitFor();
    expect(await body.locator('article[lang="en"]').textContent()).toContain(
      'Second wording, after the expert meeting.',
    );
    expect(await body.locator('article[lang="ru"]').textContent()).toContain(
      'Вторая редакция, после встречи экспертов.',
    );
    // The first version keeps the wording it had.
    await versions.locator('li[data-version="1"] summary').click();
    expect(await versions.getByTestId('version-1').locator('article[lang="en"]').textContent()).toContain(
      'First wording.',
    );
    expect(await page.getByTestId('decision-text').textContent()).toContain(
      'Second wording, after the expert meeting.',
    );
    await page.context().close();
  });

  it('refuses a revision that changes nothing, saying so', async () => {
    const decision = await draftDecision('A draft left as it is');
    const page = await e2e.newPage();
    await signIn(page, 'secretariat@example.org');
    await openDecision(page, decision.id);
    await page.getByRole('button', { name: 'Revise the text' }).click();
    const form = page.getByTestId('revise-text-form');
    await form.getByLabel('Note on this revision (optional)').fill('No change');
    await form.getByRole('button', { name: 'Save as a new version' }).click();
    expect(await form.getByRole('alert').textContent()).toBe(
      'Nothing has changed: edit the title or the text first.',
    );
    await form.getByLabel('Title in Chinese').fill('');
    await form.getByRole('button', { name: 'Save as a new version' }).click();
    expect(await form.getByRole('alert').textContent()).toBe(
      'The title is required in every language. Missing: Chinese.',
    );
    expect(await page.getByTestId('text-versions').locator('li').count()).toBe(1);
    await page.context().close();
  });
});

describe('drafts open to partners and linked to a meeting', () => {
  let decisionId = '';

  it('shows the notice on a draft open to partners, and links the meeting chosen in the form', async () => {
    const secretariat = await apiAs(e2e.baseUrl, 'secretariat@example.org');
    const today = new Date().toISOString().slice(0, 10);
    const meetings = (
      await secretariat<{ items: MeetingSummaryDto[] }>('GET', `/api/v1/meetings?from=${today}`)
    ).items;
    const meeting = meetings.sort((a, b) => a.startDate.localeCompare(b.startDate))[0]!;

    const page = await e2e.newPage();
    await signIn(page, 'secretariat@example.org');
    await page.goto('/decisions/new');
    const form = page.getByTestId('decision-form');
    await form.getByLabel('Body').selectOption('CFM');
    await form.getByLabel('Title in English').fill('On a youth forum with the partners');
    await form.getByLabel('Title in Russian').fill('О молодёжном форуме с партнёрами');
    await form.getByLabel('Title in Chinese').fill('关于与伙伴举办青年论坛');
    const meetingSelect = form.getByLabel('Meeting (optional)');
    await expect.poll(() => meetingSelect.isEnabled()).toBe(true);
    await meetingSelect.selectOption(meeting.id);
    expect(await meetingSelect.locator('option:checked').textContent()).toContain(meeting.title.en);
    await form.getByLabel('Open to SCO partners').check();
    await form.getByRole('button', { name: 'Draft the decision' }).click();

    await page.waitForURL(/\/decisions\/[0-9a-f-]{36}$/);
    decisionId = page.url().split('/').at(-1)!;
    const notice = page.getByTestId('open-to-partners');
    await notice.waitFor();
    expect(await notice.textContent()).toBe(
      'Open to SCO partners (they may follow and comment, never block)',
    );
    const link = page.getByTestId('decision-meeting');
    await expect.poll(() => link.textContent()).toContain(meeting.title.en);
    expect(await link.getAttribute('href')).toBe(`/meetings/${meeting.id}`);
    await link.click();
    await page.waitForURL(new RegExp(`/meetings/${meeting.id}$`));

    // A draft not open to partners says nothing of them.
    const closed = await draftDecision('A draft among the members only');
    await openDecision(page, closed.id);
    expect(await page.getByTestId('open-to-partners').count()).toBe(0);
    expect(await page.getByTestId('decision-meeting').count()).toBe(0);
    await page.context().close();
  });

  it("lets a partner's delegation comment in its state's name, but not attach files", async () => {
    const admin = await apiAs(e2e.baseUrl, 'secretariat@example.org');
    const email = 'coordinator.tr@example.org';
    const user = await admin<{ id: string }>('POST', '/api/v1/users', {
      email,
      displayName: 'Coordinator of Türkiye',
      password: DEMO_PASSWORD,
    });
    await admin('POST', `/api/v1/users/${user.id}/mandates`, {
      state: 'TR',
      role: 'national_coordinator',
      validFrom: '2024-01-01',
    });

    const page = await e2e.newPage();
    await signIn(page, email);
    await openDecision(page, decisionId);
    await page.getByTestId('open-to-partners').waitFor();
    const thread = page.locator('section', { has: page.getByRole('heading', { name: 'Discussion' }) });
    await thread.getByText('You speak for: Türkiye (SCO partner)').waitFor();
    await thread
      .getByRole('textbox', { name: 'Your comment' })
      .fill('Türkiye would send a youth delegation.');
    await thread.getByRole('button', { name: 'Post comment' }).click();
    const comment = page.getByTestId('discussion').locator('.comment').first();
    await comment.getByText('Türkiye would send a youth delegation.').waitFor();
    expect(await comment.locator('.comment__head strong').textContent()).toBe('Türkiye (SCO partner)');
    expect(await page.getByTestId('attachment-form').count()).toBe(0);
    expect(await page.locator('[data-testid^="position-form-"]').count()).toBe(0);
    await page.context().close();
  });

  it('raises no script errors along the way', () => {
    expect(e2e.pageErrors).toEqual([]);
  });
});
