import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildApp } from '../src/server/app';
import { loadConfig } from '../src/server/config';
import type { App } from '../src/server/core/module';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DEMO_PASSWORD = 'demo-password';
export const SCREENSHOT_DIR = path.join(os.tmpdir(), 'sco-e2e-screenshots');

/** The server serves dist/web only if it exists when the app is built; CI builds it before the tests. */
function ensureWebBuild() {
  if (fs.existsSync(path.join(ROOT, 'dist/web/index.html'))) return;
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
}

export interface PageOptions {
  /** The browser's own language preference, before the user picks one. */
  locale?: string;
  width?: number;
  height?: number;
  /** The browser's IANA time zone; the host's own when absent. */
  timezoneId?: string;
}

export interface E2E {
  baseUrl: string;
  /** The platform itself, for a test that must prepare what no page can (a parked delivery). */
  app: App;
  browser: Browser;
  /** A page in a fresh browser context (own cookies and localStorage). */
  newPage(options?: PageOptions): Promise<Page>;
  /** Uncaught page errors and console errors seen so far, apart from expected 401s. */
  pageErrors: string[];
  close(): Promise<void>;
}

/**
 * The real platform on a throwaway SQLite file with the demo accounts, listening on a free port, and
 * Debian's Chromium driven by playwright-core.
 */
export async function startE2E(): Promise<E2E> {
  ensureWebBuild();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sco-e2e-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: `sqlite:${path.join(dir, 'e2e.sqlite')}`,
    LOG_LEVEL: 'silent',
    DEMO_PASSWORD,
  });
  const app: App = await buildApp(config, { logger: false });
  const baseUrl = await app.listen({ port: 0, host: '127.0.0.1' });

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--disable-dev-shm-usage',
    ],
  });

  const pageErrors: string[] = [];
  return {
    baseUrl,
    app,
    browser,
    pageErrors,
    async newPage({ locale = 'en-GB', width = 1280, height = 900, timezoneId }: PageOptions = {}) {
      const context = await browser.newContext({
        baseURL: baseUrl,
        locale,
        viewport: { width, height },
        ...(timezoneId ? { timezoneId } : {}),
      });
      const page = await context.newPage();
      page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
      page.on('console', (message) => {
        // Chromium logs every 4xx answer, and those are expected (a visitor's /auth/me is a 401, a bad
        // form a 400); the app shows them itself. Server errors and script errors are not expected.
        if (message.type() === 'error' && !/status of 4\d\d/.test(message.text()))
          pageErrors.push(`${page.url()}: ${message.text()}`);
      });
      return page;
    },
    async close() {
      await browser.close();
      await app.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Signs in through the form, as a person would, and waits for the redirect home. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto('/login');
  const form = page.locator('form', { has: page.getByLabel('Password') });
  await form.getByLabel('Email address').fill(email);
  await form.getByLabel('Password').fill(password);
  await form.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.pathname === '/');
  // Attached, not visible: on a phone the signed-in user sits in the folded menu.
  await page.getByTestId('signed-in-user').waitFor({ state: 'attached' });
}

/** Picks the interface language as a person would: on a phone the picker sits in the folded menu. */
export async function chooseLanguage(page: Page, language: string | { label: string }) {
  // The picker is labelled in the language the page is in already.
  const picker = page.getByLabel(/^(Language|Язык|语言)$/);
  await picker.waitFor({ state: 'attached' });
  const menu = page.locator('.site-header__menu-button');
  const folded = (await menu.isVisible()) && (await menu.getAttribute('aria-expanded')) === 'false';
  if (folded) await menu.click();
  await picker.selectOption(language);
  if (folded) await menu.click();
}

/** Calls the API with a bearer token of a demo user: for setting a scene that a test does not look at. */
export async function apiAs(baseUrl: string, email: string, password = DEMO_PASSWORD) {
  const login = await fetch(`${baseUrl}/api/v1/auth/tokens`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password, label: 'e2e' }),
  });
  if (!login.ok) throw new Error(`${email} could not sign in: ${login.status}`);
  const { token } = (await login.json()) as { token: string };
  return async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        Authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return (response.status === 204 ? undefined : await response.json()) as T;
  };
}

/** Nothing but a scrolling table may be wider than the screen. */
export async function pageWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
