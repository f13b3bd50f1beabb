import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, startE2E, type E2E } from './harness';

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.close();
});

declare global {
  interface Window {
    cspViolations: string[];
  }
}

describe('the web app under its Content-Security-Policy', () => {
  it('works on every main page with no policy violation, signed out and signed in', async () => {
    const page = await e2e.newPage();
    await page.addInitScript(() => {
      window.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    const first = await page.goto('/');
    const csp = first!.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(first!.headers()['x-content-type-options']).toBe('nosniff');
    await page.getByRole('heading', { level: 1 }).waitFor();
    const seen: string[] = [];
    const visit = async (url: string) => {
      await page.goto(url);
      await page.locator('main h1').first().waitFor();
      seen.push(...(await page.evaluate(() => window.cspViolations)));
    };
    for (const url of ['/', '/states', '/states/KZ', '/decisions', '/documents', '/calendar', '/projects'])
      await visit(url);
    await signIn(page, 'secretariat@example.org');
    for (const url of ['/decisions', '/audit', '/inbox', '/jobs/parked']) await visit(url);
    expect(seen).toEqual([]);
    expect(e2e.pageErrors).toEqual([]);
    await page.context().close();
  });
});
