import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseLanguage, signIn, startE2E, type E2E } from './harness';

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.close();
});

describe('signing in', () => {
  it('signs in as coordinator.kz@example.org and sees itself signed in', async () => {
    const page = await e2e.newPage();
    await signIn(page, 'coordinator.kz@example.org');
    expect(await page.getByTestId('signed-in-user').textContent()).toBe('coordinator.kz@example.org');
    await page.reload();
    await page.getByTestId('signed-in-user').waitFor({ state: 'attached' });

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('link', { name: 'Sign in' }).waitFor();
    expect(await page.getByTestId('signed-in-user').count()).toBe(0);
    await page.context().close();
  });

  it('explains a wrong password in the UI language', async () => {
    const page = await e2e.newPage();
    await page.goto('/login');
    await chooseLanguage(page, 'ru');
    await page.getByLabel('Адрес электронной почты').fill('coordinator.kz@example.org');
    await page.getByLabel('Пароль').fill('not-the-password');
    await page.locator('form').getByRole('button', { name: 'Войти' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Неверный адрес электронной почты или пароль.');
    expect(page.url()).toMatch(/\/login$/);
    await page.context().close();
  });

  it('tells visitors that the demo build has demo accounts', async () => {
    const page = await e2e.newPage();
    await page.goto('/login');
    await page.getByRole('heading', { name: 'Demo accounts' }).waitFor();
    expect(await page.getByText('secretariat@example.org').count()).toBe(1);
    await page.context().close();
  });
});

describe('a visitor who is not signed in', () => {
  it('is not asked about on every page: no /auth/me request and no 401 in the console', async () => {
    const page = await e2e.newPage();
    const asked: number[] = [];
    const errors: string[] = [];
    page.on('response', (r) => {
      if (r.url().includes('/api/v1/auth/me')) asked.push(r.status());
    });
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    for (const path of ['/', '/documents', '/states', '/decisions']) {
      await page.goto(path);
      await page.getByRole('link', { name: 'Sign in' }).waitFor();
    }
    expect(asked).toEqual([]);

    await signIn(page, 'coordinator.kz@example.org');
    await page.reload();
    await page.getByTestId('signed-in-user').waitFor({ state: 'attached' });
    expect(asked.at(-1)).toBe(200);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('link', { name: 'Sign in' }).waitFor();
    const afterSignIn = asked.length;
    await page.goto('/documents');
    await page.goto('/states');
    await page.getByRole('link', { name: 'Sign in' }).waitFor();
    expect(asked).toHaveLength(afterSignIn);
    expect(errors.filter((e) => e.includes('401'))).toEqual([]);
    await page.context().close();
  });

  it('asks once when a session may have ended elsewhere, then remembers "signed out"', async () => {
    const page = await e2e.newPage();
    await page.context().addCookies([{ name: 'sco_signed_in', value: '1', url: e2e.baseUrl }]);
    const asked: number[] = [];
    page.on('response', (r) => {
      if (r.url().includes('/api/v1/auth/me')) asked.push(r.status());
    });
    await page.goto('/');
    await page.getByRole('link', { name: 'Sign in' }).waitFor();
    await expect.poll(() => asked).toEqual([401]);
    await page.goto('/documents');
    await page.getByRole('link', { name: 'Sign in' }).waitFor();
    expect(asked).toEqual([401]);
    await page.context().close();
  });
});

describe('the contact point of a state', () => {
  it('lets the national coordinator update the contact point of its own state', async () => {
    const page = await e2e.newPage();
    await signIn(page, 'coordinator.kz@example.org');
    await page.goto('/states/KZ');
    await page.getByRole('heading', { name: 'Update the contact point' }).waitFor();
    await page.getByLabel('Office').fill('Ministry of Foreign Affairs of Kazakhstan');
    await page.getByLabel('Email').fill('sco@example.kz');
    await page.getByLabel('Website').fill('https://example.kz');
    await page.getByRole('button', { name: 'Save contact point' }).click();
    await page.getByText('The contact point has been saved.').waitFor();
    expect(await page.getByTestId('contact-details').textContent()).toContain(
      'Ministry of Foreign Affairs of Kazakhstan',
    );

    await page.reload();
    await page.getByTestId('contact-details').waitFor();
    expect(await page.getByTestId('contact-details').textContent()).toContain('sco@example.kz');
    await page.context().close();
  });

  it('shows the server problem when a field is invalid', async () => {
    const page = await e2e.newPage();
    await signIn(page, 'coordinator.kz@example.org');
    await page.goto('/states/KZ');
    await page.getByLabel('Website').fill('not a web address');
    await page.getByRole('button', { name: 'Save contact point' }).click();
    // The problem is shown under the field it concerns, and the focus is moved there.
    const website = page.getByLabel('Website');
    await page.locator('[aria-invalid="true"]').waitFor();
    expect(await website.getAttribute('aria-invalid')).toBe('true');
    expect(await website.evaluate((el) => el === document.activeElement)).toBe(true);
    const described = await website.evaluate((el) =>
      (el.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent)
        .join(' '),
    );
    expect(described).toContain('This value is not accepted.');
    await page.context().close();
  });

  it("does not offer the form for another state's contact point", async () => {
    const page = await e2e.newPage();
    await signIn(page, 'coordinator.kz@example.org');
    await page.goto('/states/BY');
    await page.getByRole('heading', { name: 'National contact point' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Update the contact point' }).count()).toBe(0);
    await page.context().close();
  });

  it('does not offer the form to visitors', async () => {
    const page = await e2e.newPage();
    await page.goto('/states/KZ');
    await page.getByRole('heading', { name: 'National contact point' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Update the contact point' }).count()).toBe(0);
    await page.context().close();
  });

  it('raises no script errors along the way', () => {
    expect(e2e.pageErrors).toEqual([]);
  });
});
