import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, chooseLanguage, pageWidth, screenshot, signIn, startE2E, type E2E } from './harness';

let e2e: E2E;
let decisionId = '';
beforeAll(async () => {
  e2e = await startE2E();
  const secretariat = await apiAs(e2e.baseUrl, 'secretariat@example.org');
  const decision = await secretariat<{ id: string }>('POST', '/api/v1/decisions', {
    body: 'CFM',
    title: { en: 'On a shared thread', ru: 'Об общей ветке', zh: '关于共享讨论' },
    procedure: 'consensus',
    participants: ['KZ', 'UZ'],
  });
  decisionId = decision.id;
});
afterAll(async () => {
  await e2e?.close();
});

async function openDiscussion(page: Page) {
  await page.goto(`/decisions/${decisionId}`);
  const discussion = page.locator('section.discussion');
  await discussion.waitFor();
  return discussion;
}

const FIRST = 'Kazakhstan proposes a paragraph on data centres.';
const SECOND = 'Kazakhstan proposes a paragraph on green data centres.';

describe('the shared thread: edits with history, moderation by the Secretariat', () => {
  it('lets the author edit a comment, marks it edited and shows every earlier version', async () => {
    const kz = await e2e.newPage();
    await signIn(kz, 'coordinator.kz@example.org');
    const discussion = await openDiscussion(kz);
    await discussion.getByRole('textbox', { name: 'Your comment' }).fill(FIRST);
    await discussion.getByRole('button', { name: 'Post comment' }).click();
    const comment = discussion.locator('.comment', { hasText: FIRST });
    await comment.waitFor();
    await comment.getByRole('button', { name: 'Edit', exact: true }).click();
    await comment.getByRole('textbox', { name: 'Edited text' }).fill(SECOND);
    await comment.getByRole('button', { name: 'Save the change' }).click();
    const edited = discussion.locator('.comment', { hasText: SECOND });
    await edited.locator('.comment__edited').waitFor();
    await edited.getByRole('button', { name: 'Earlier versions (2)' }).click();
    const history = edited.getByRole('list', { name: 'Versions of this comment' });
    await history.locator('li').nth(1).waitFor();
    expect(await history.locator('li').allTextContents()).toEqual([
      expect.stringContaining(FIRST),
      expect.stringContaining(SECOND),
    ]);
    await screenshot(kz, 'thread-edited-en');
    await kz.context().close();

    // Someone else sees the edit and its history, but may not edit the comment.
    const uz = await e2e.newPage();
    await signIn(uz, 'coordinator.uz@example.org');
    const theirs = (await openDiscussion(uz)).locator('.comment', { hasText: SECOND });
    await theirs.waitFor();
    expect(await theirs.getByRole('button', { name: 'Edit', exact: true }).count()).toBe(0);
    expect(await theirs.getByRole('button', { name: 'Earlier versions (2)' }).count()).toBe(1);
    await uz.context().close();
  });

  for (const [locale, width, hide, reason, restore, hiddenText] of [
    ['en', 1280, 'Hide', 'Reason for hiding', 'Show again', 'Hidden by the Secretariat'],
    ['ru', 1280, 'Скрыть', 'Причина скрытия', 'Показать снова', 'Скрыто Секретариатом'],
    ['zh-CN', 1280, '隐藏', '隐藏理由', '重新显示', '已被秘书处隐藏'],
    ['ru', 390, 'Скрыть', 'Причина скрытия', 'Показать снова', 'Скрыто Секретариатом'],
  ] as const) {
    it(`lets the Secretariat hide a comment with a reason and restore it (${locale}, ${width} px)`, async () => {
      const page = await e2e.newPage({ width });
      await signIn(page, 'secretariat@example.org');
      if (locale !== 'en') await chooseLanguage(page, locale);
      const discussion = await openDiscussion(page);
      const comment = discussion.locator('.comment', { hasText: SECOND });
      await comment.waitFor();
      await comment.getByRole('button', { name: hide, exact: true }).click();
      await comment.getByRole('textbox', { name: reason }).fill('Off topic / 离题');
      await comment.locator('form button[type="submit"]').click();
      const note = comment.locator('.comment__hidden');
      await note.waitFor();
      expect(await note.textContent()).toContain(hiddenText);
      expect(await note.textContent()).toContain('Off topic / 离题');
      expect(await pageWidth(page)).toBeLessThanOrEqual(width);
      await screenshot(page, `thread-hidden-${locale}-${width}`);

      // Hidden from everyone else: the reason shows, the text does not.
      const kz = await e2e.newPage();
      await signIn(kz, 'coordinator.kz@example.org');
      const theirs = (await openDiscussion(kz)).locator('.comment', { hasText: 'Off topic' });
      await theirs.waitFor();
      expect(await theirs.textContent()).not.toContain('green data centres');
      expect(await theirs.getByRole('button', { name: 'Edit', exact: true }).count()).toBe(0);
      await kz.context().close();

      await comment.getByRole('button', { name: restore }).click();
      await note.waitFor({ state: 'detached' });
      expect(await comment.textContent()).toContain(SECOND);
      await page.context().close();
    });
  }
});
