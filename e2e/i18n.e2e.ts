import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseLanguage, startE2E, type E2E } from './harness';

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.close();
});

describe('choosing the language', () => {
  it('switches language to Russian and sees Russian UI text and "Беларусь"', async () => {
    const page = await e2e.newPage();
    await page.goto('/states');
    await page.locator('tr[data-state-row="BY"]').waitFor();
    await chooseLanguage(page, { label: 'Русский' });

    await page.getByRole('heading', { level: 1, name: 'Государства-члены и партнёры' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('ru');
    const row = await page.locator('tr[data-state-row="BY"]').textContent();
    expect(row).toContain('Беларусь');
    expect(row).toContain('Государство-член');
    expect(row).toContain('4 июля 2024');
    expect(await page.getByRole('navigation').textContent()).toContain('Главная');
    expect(await page.title()).toBe('Государства-члены и партнёры · Платформа сотрудничества ШОС');
    expect(await page.locator('.brand__mark').textContent()).toBe('ШОС');

    // Remembered across visits.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Государства-члены и партнёры' }).waitFor();
    expect(await page.getByLabel('Язык').inputValue()).toBe('ru');
    await page.context().close();
  });

  it('switches to Chinese and sees "白俄罗斯"', async () => {
    const page = await e2e.newPage();
    await page.goto('/states');
    await page.locator('tr[data-state-row="BY"]').waitFor();
    await chooseLanguage(page, { label: '中文' });

    await page.getByRole('heading', { level: 1, name: '成员国和伙伴国' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    const row = await page.locator('tr[data-state-row="BY"]').textContent();
    expect(row).toContain('白俄罗斯');
    expect(row).toContain('2024年7月4日');
    expect(await page.locator('.brand__mark').textContent()).toBe('上合组织');
    // Companies and banks are 组织; the SCO's own bodies keep 机构.
    const nav = page.getByRole('navigation');
    await nav.getByRole('link', { name: '组织', exact: true }).waitFor();
    expect(await nav.getByRole('link', { name: '机构', exact: true }).count()).toBe(0);
    await page.context().close();
  });

  it("follows the browser's language until the user picks one", async () => {
    const page = await e2e.newPage({ locale: 'ru-RU' });
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Шанхайская организация сотрудничества' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('ru');
    await page.context().close();
  });

  it('raises no script errors along the way', () => {
    expect(e2e.pageErrors).toEqual([]);
  });
});
