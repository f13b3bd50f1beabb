import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageWidth, screenshot, signIn, startE2E, type E2E } from './harness';

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.close();
});

async function openDemoCall(page: Page) {
  await page.goto('/education');
  await page.getByTestId('calls').getByRole('link').first().click();
  await page.getByTestId('quotas').waitFor();
}

describe('education', () => {
  it('shows the network, the programme search and the demo call in three languages and on a phone', async () => {
    const page = await e2e.newPage();
    await page.goto('/');
    await page.getByRole('navigation').getByRole('link', { name: 'Education' }).click();
    await page.getByRole('heading', { level: 1, name: 'SCO University and grants' }).waitFor();
    await page.getByTestId('universities').waitFor();
    expect(await page.getByTestId('universities').locator('tbody tr').count()).toBe(10);
    expect(await page.getByTestId('universities').locator('.demo-badge').count()).toBe(10);
    await page.getByTestId('programmes').locator('li').first().waitFor();
    await page.getByLabel('Language of instruction').selectOption('zh');
    await page.getByTestId('programme-count').filter({ hasText: '2 programmes' }).waitFor();
    await screenshot(page, 'education-network-en');
    await page.context().close();
    for (const [language, width, title] of [
      ['ru', 1280, 'Университет ШОС и гранты'],
      ['zh-CN', 1280, '上合组织大学与奖学金'],
      ['en', 390, 'SCO University and grants'],
    ] as const) {
      const p = await e2e.newPage({ width, height: 900 });
      await p.goto('/');
      await p.evaluate((code) => localStorage.setItem('sco.language', code), language);
      await p.goto('/education');
      await p.getByRole('heading', { level: 1, name: title }).waitFor();
      await p.getByTestId('universities').waitFor();
      expect(await pageWidth(p)).toBeLessThanOrEqual(width);
      await screenshot(p, `education-network-${language}-${width}`);
      await p.context().close();
    }
  });

  it('lets the demo student apply and follow the application, and the authority and Secretariat see their screens', async () => {
    const student = await e2e.newPage();
    await signIn(student, 'student@example.org');
    await openDemoCall(student);
    const form = student.getByTestId('apply-form');
    await form.getByRole('checkbox').first().check();
    await form.getByLabel('Degree held').fill('Bachelor of informatics');
    await form.getByRole('button', { name: 'Submit application' }).click();
    await student.getByTestId('apply-status').filter({ hasText: 'Application submitted.' }).waitFor();
    await screenshot(student, 'education-call-student-en');
    await student.goto('/education/me');
    await student.getByTestId('my-applications').filter({ hasText: 'Submitted' }).waitFor();
    expect(await student.getByTestId('applicant').textContent()).toContain('email verified');
    await screenshot(student, 'education-me-student-en');
    await student.context().close();

    const authority = await e2e.newPage();
    await signIn(authority, 'education.kz@example.org');
    await openDemoCall(authority);
    await authority.getByTestId('ranking').filter({ hasText: 'Demo student' }).waitFor();
    await screenshot(authority, 'education-ranking-kz-en');
    await authority.context().close();

    const other = await e2e.newPage();
    await signIn(other, 'education.cn@example.org');
    await openDemoCall(other);
    await other.getByTestId('ranking').waitFor();
    expect(await other.getByTestId('ranking').textContent()).not.toContain('Demo student');
    await other.context().close();

    for (const [language, width] of [
      ['en', 1280],
      ['ru', 390],
      ['zh-CN', 1280],
    ] as const) {
      const sec = await e2e.newPage({ width, height: 900 });
      await signIn(sec, 'secretariat@example.org');
      await sec.evaluate((code) => localStorage.setItem('sco.language', code), language);
      await openDemoCall(sec);
      await sec.getByTestId('overview').waitFor();
      expect(await sec.getByTestId('overview').textContent()).not.toContain('Demo student');
      expect(await pageWidth(sec)).toBeLessThanOrEqual(width);
      await screenshot(sec, `education-overview-${language}-${width}`);
      await sec.context().close();
    }

    const visitor = await e2e.newPage({ width: 390, height: 900 });
    await visitor.goto('/education/me');
    await visitor.getByRole('heading', { level: 2, name: 'Sign up as an applicant' }).waitFor();
    expect(await pageWidth(visitor)).toBeLessThanOrEqual(390);
    await screenshot(visitor, 'education-signup-en-390');
    await visitor.context().close();
  });
});
