import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { SCREENSHOT_DIR, startE2E, type E2E } from './harness';

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.close();
});

describe('the API documentation', () => {
  it('shows the real schema, example and refusals of a request, without resolver errors', async () => {
    const page = await e2e.newPage();
    const spec = (await (await fetch(`${e2e.baseUrl}/api/docs/json`)).json()) as {
      paths: Record<string, Record<string, { tags?: string[] }>>;
    };
    const tags = new Set(
      Object.values(spec.paths).flatMap((ops) => Object.values(ops).flatMap((op) => op.tags ?? ['default'])),
    );
    await page.goto('/api/docs/');
    // Every tag of the document is listed, not only the first few the viewer can fit.
    await expect.poll(() => page.locator('.opblock-tag-section').count()).toBe(tags.size);
    await page.locator('.opblock-tag[data-tag="projects"]').click();
    const operation = page.locator('#operations-projects-post_api_v1_projects');
    await operation.locator('.opblock-summary').click();
    const body = operation.locator('.opblock-section-request-body');
    await body.waitFor();
    // The example is the body's own, not the viewer's "string" for a schema it could not resolve.
    await expect.poll(() => body.textContent()).toContain('"proposingState": "KZ"');
    await body.getByRole('tab', { name: 'Schema' }).click();
    await expect.poll(() => body.textContent()).toContain('CreateProjectInput');
    await expect.poll(() => body.textContent()).toContain('sponsors');
    const responses = operation.locator('.responses-table').first();
    for (const status of ['201', '400', '401', '403', '4XX', '5XX'])
      expect(await responses.locator(`tr[data-code="${status}"]`).count(), status).toBe(1);
    expect(await responses.textContent()).toContain('application/problem+json');
    expect(await page.locator('.errors-wrapper').count()).toBe(0);
    expect(await page.getByText('Resolver error').count()).toBe(0);
    // The whole viewer is a hundred operations long: the one opened is what a reader looks at.
    fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await operation.screenshot({ path: path.join(SCREENSHOT_DIR, 'api-docs-create-project-1280.png') });
    expect(e2e.pageErrors).toEqual([]);
    await page.context().close();
  });
});
