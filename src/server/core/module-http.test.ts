import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildApp } from '../app';
import { loadConfig } from '../config';
import { freshDatabase } from '../test/harness';
import { defineError } from './errors';
import type { ErrorRenderer } from './http/problem';
import { defineModule, type App } from './module';

/**
 * A module mounted under a prefix of its own, with its own media type and error body (the shape a
 * TAXII 2.1 module needs), next to a default module that keeps RFC 9457 problem details.
 */
const EchoErrors = { refused: defineError('echo.refused', 403, 'Refused') };

const taxiiLike: ErrorRenderer = (_req, reply, p) =>
  reply
    .code(p.status)
    .type('application/taxii+json;version=2.1')
    .send({ title: p.title, http_status: String(p.status), error_code: p.code });

const echo = defineModule({
  name: 'echo',
  dependsOn: [],
  permissions: {},
  migrations: {},
  http: { prefix: '/echo', errorRenderer: taxiiLike, jsonMediaTypes: ['application/taxii+json'] },
  routes: async (app: App) => {
    app.post('/things', { schema: { body: z.object({ name: z.string().min(1) }) } }, async (req, reply) =>
      reply.code(201).send({ got: req.body.name, type: req.headers['content-type'] }),
    );
    app.get('/refuse', async () => {
      throw EchoErrors.refused();
    });
  },
});

const plain = defineModule({
  name: 'plain',
  dependsOn: [],
  permissions: {},
  migrations: {},
  routes: async (app: App) => {
    app.get('/plain/refuse', async () => {
      throw EchoErrors.refused();
    });
  },
  mounts: [
    {
      prefix: '/door',
      errorRenderer: taxiiLike,
      routes: async (app: App) => {
        app.get('/refuse', async () => {
          throw EchoErrors.refused();
        });
      },
    },
  ],
});

describe('modules as encapsulated plugins', () => {
  let app: App;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    const fresh = await freshDatabase();
    drop = fresh.drop;
    const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: fresh.url, LOG_LEVEL: 'silent' });
    app = await buildApp(config, { database: fresh.database, logger: false, modules: [echo, plain] });
  });
  afterAll(async () => {
    await app.close();
    await drop();
  });

  it('mounts a module at its declared prefix and parses its own media type', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/echo/things',
      headers: { 'content-type': 'application/taxii+json;version=2.1' },
      payload: JSON.stringify({ name: 'bundle' }),
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({ got: 'bundle', type: 'application/taxii+json;version=2.1' });
    expect((await app.inject({ method: 'GET', url: '/api/v1/things' })).statusCode).toBe(404);
  });

  it("renders the module's errors, validation failures and 404s in the module's format", async () => {
    const refused = await app.inject({ method: 'GET', url: '/echo/refuse' });
    expect(refused.statusCode).toBe(403);
    expect(refused.headers['content-type']).toContain('application/taxii+json');
    expect(refused.json()).toEqual({ title: 'Refused', http_status: '403', error_code: 'echo.refused' });

    const invalid = await app.inject({
      method: 'POST',
      url: '/echo/things',
      headers: { 'content-type': 'application/taxii+json' },
      payload: JSON.stringify({ name: '' }),
    });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json()).toMatchObject({ error_code: 'http.validation_failed' });

    const malformed = await app.inject({
      method: 'POST',
      url: '/echo/things',
      headers: { 'content-type': 'application/taxii+json' },
      payload: '{not json',
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json()).toMatchObject({ error_code: 'http.malformed_json' });

    const missing = await app.inject({ method: 'GET', url: '/echo/nothing-here' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ http_status: '404', error_code: 'http.not_found' });
  });

  it('serves a second door of one module under its own prefix and error format', async () => {
    const door = await app.inject({ method: 'GET', url: '/door/refuse' });
    expect(door.statusCode).toBe(403);
    expect(door.json()).toEqual({ title: 'Refused', http_status: '403', error_code: 'echo.refused' });
    expect((await app.inject({ method: 'GET', url: '/door/missing' })).json()).toMatchObject({
      error_code: 'http.not_found',
    });
  });

  it('keeps RFC 9457 problem details for every other module and the rest of the API', async () => {
    const refused = await app.inject({ method: 'GET', url: '/api/v1/plain/refuse' });
    expect(refused.statusCode).toBe(403);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.json()).toMatchObject({
      code: 'echo.refused',
      status: 403,
      type: '/problems/echo.refused',
    });

    const missing = await app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(missing.headers['content-type']).toContain('application/problem+json');
    expect(missing.json()).toMatchObject({ code: 'http.not_found' });

    // The module's media type is its own: the default API does not accept it.
    const foreign = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/taxii+json' },
      payload: JSON.stringify({ email: 'a@example.org', password: 'x' }),
    });
    expect(foreign.statusCode).toBe(415);
  });
});
