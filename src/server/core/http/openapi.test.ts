import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/harness';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

describe('the API description', () => {
  it('is an OpenAPI 3.1 document generated from the request schemas', async () => {
    const res = await t.app.inject('/api/v1/openapi.json');
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toBe('3.1.0');
    for (const p of [
      '/api/v1/health',
      '/api/v1/states',
      '/api/v1/states/{code}',
      '/api/v1/bodies',
      '/api/v1/auth/login',
      '/api/v1/auth/logout',
      '/api/v1/auth/me',
      '/api/v1/auth/tokens',
      '/api/v1/audit',
      '/api/v1/audit/verify',
    ]) {
      expect(doc.paths, p).toHaveProperty([p]);
    }
    const status = doc.paths['/api/v1/states'].get.parameters.find(
      (x: { name: string }) => x.name === 'status',
    );
    expect(status.schema.enum).toContain('member');
    const login = doc.paths['/api/v1/auth/login'].post.requestBody.content['application/json'].schema;
    expect(login.required).toEqual(['email', 'password']);
    expect(login.additionalProperties).toBe(false);
  });

  it('has an interactive viewer', async () => {
    const res = await t.app.inject({ url: '/api/docs/', headers: { accept: 'text/html' } });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('swagger');
  });

  it('reports health and the engine in use', async () => {
    expect((await t.app.inject('/api/v1/health')).json()).toEqual({ status: 'ok', database: t.kind });
  });
});
