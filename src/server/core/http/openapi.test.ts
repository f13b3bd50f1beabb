import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildTestApp, type TestApp } from '../../test/harness';
import { resolvePointer } from './openapi';

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

// The parts of the OpenAPI 3.1 object this platform uses, written from the specification: no validator
// of 3.1 documents is installed, so the document's structure is checked here and each Schema Object
// against JSON Schema 2020-12's own meta-schema, which Ajv ships.
const MediaType = z.object({ schema: z.record(z.string(), z.unknown()), example: z.unknown() });
const Content = z.record(z.string().regex(/^([a-z]+\/[a-z0-9.+-]+|\*\/\*)$/), MediaType);
const SecurityRequirement = z.partialRecord(z.enum(['bearer', 'session']), z.array(z.string()).length(0));
const Operation = z.strictObject({
  summary: z.string().min(1),
  description: z.string().optional(),
  tags: z.array(z.string()).min(1),
  operationId: z.string().optional(),
  deprecated: z.boolean().optional(),
  parameters: z
    .array(
      z.strictObject({
        name: z.string().min(1),
        in: z.enum(['path', 'query', 'header', 'cookie']),
        required: z.boolean(),
        schema: z.record(z.string(), z.unknown()),
        description: z.string().optional(),
      }),
    )
    .optional(),
  requestBody: z.strictObject({ required: z.boolean().optional(), content: Content }).optional(),
  responses: z.record(
    z.string().regex(/^([1-5]\d\d|[1-5]XX|default)$/),
    z.strictObject({ description: z.string().min(1), content: Content.optional() }),
  ),
  security: z.array(SecurityRequirement).min(1),
  'x-permission': z.strictObject({ name: z.string(), roles: z.array(z.string()).min(1) }).optional(),
  'x-state-claims': z
    .array(z.strictObject({ in: z.enum(['body', 'params']), field: z.string(), secretariat: z.boolean() }))
    .optional(),
});
const Document = z.object({
  openapi: z.string().regex(/^3\.1\.\d+$/),
  info: z.object({
    title: z.string().min(1),
    version: z.string().min(1),
    description: z.string().optional(),
  }),
  paths: z.record(
    z.string().startsWith('/'),
    z.partialRecord(z.enum(['get', 'put', 'post', 'delete', 'patch', 'head', 'options']), Operation),
  ),
  components: z.object({
    schemas: z.record(z.string().regex(/^[A-Za-z0-9._-]+$/), z.record(z.string(), z.unknown())),
    securitySchemes: z.record(z.string(), z.object({ type: z.enum(['http', 'apiKey']) })),
  }),
  security: z.array(z.record(z.string(), z.array(z.string()))),
});

type Doc = z.infer<typeof Document>;
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;

function operationsOf(doc: Doc) {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    METHODS.flatMap((m) => (item[m] ? [{ path, method: m, op: item[m]! }] : [])),
  );
}

function refsIn(node: unknown, at = '#'): { at: string; ref: string }[] {
  if (node === null || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([k, v]) =>
    k === '$ref' && typeof v === 'string'
      ? [{ at, ref: v }]
      : refsIn(v, `${at}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`),
  );
}

const pointer = (...keys: string[]) =>
  '#/' + keys.map((k) => k.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');

describe('the OpenAPI document', () => {
  let doc: Doc;
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addFormat('binary', true);
  beforeAll(async () => {
    const raw = (await t.app.inject('/api/v1/openapi.json')).json();
    doc = Document.parse(raw);
    ajv.addSchema({ ...raw, $id: 'urn:sco:openapi' });
  });

  it('is a well-formed OpenAPI 3.1 document', () => {
    expect(operationsOf(doc).length).toBeGreaterThan(80);
    for (const [name, s] of Object.entries(doc.components.schemas))
      expect(ajv.validateSchema(s), `${name}: ${ajv.errorsText()}`).toBe(true);
  });

  it('resolves every $ref, and fills components.schemas', () => {
    const refs = refsIn(doc);
    expect(refs.length).toBeGreaterThan(100);
    expect(Object.keys(doc.components.schemas).length).toBeGreaterThan(50);
    for (const { at, ref } of refs) expect(resolvePointer(doc, ref), `${ref} at ${at}`).toBeDefined();
  });

  it('declares every path parameter of every path', () => {
    for (const { path, method, op } of operationsOf(doc)) {
      const declared = (op.parameters ?? []).filter((p) => p.in === 'path');
      const named = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
      expect(declared.map((p) => p.name).sort(), `${method} ${path}`).toEqual(named.sort());
      for (const p of declared) expect(p.required).toBe(true);
    }
  });

  it("documents each operation's security, success and refusals as problem details", () => {
    for (const { path, method, op } of operationsOf(doc)) {
      const where = `${method} ${path}`;
      const statuses = Object.keys(op.responses);
      expect(
        statuses.some((s) => /^[23]/.test(s)),
        where,
      ).toBe(true);
      for (const s of ['401', '4XX', '5XX']) expect(statuses, where).toContain(s);
      for (const s of statuses.filter((x) => /^[45]/.test(x)))
        expect(Object.keys(op.responses[s]!.content ?? {}), `${where} ${s}`).toEqual([
          'application/problem+json',
        ]);
      if (op.parameters?.length || op.requestBody) expect(statuses, where).toContain('400');
    }
    // The guards decide: the Secretariat's audit log needs a caller, the list of states serves anyone.
    expect(doc.paths['/api/v1/audit']!.get!.security).toEqual([{ bearer: [] }, { session: [] }]);
    expect(doc.paths['/api/v1/states']!.get!.security).toContainEqual({});
  });

  it('gives every request and response body an example that fits its schema', () => {
    let checked = 0;
    const misfits: string[] = [];
    for (const { path, method, op } of operationsOf(doc)) {
      const bodies = [
        ...Object.entries(op.requestBody?.content ?? {}).map(([type]) => ['requestBody', 'content', type]),
        ...Object.entries(op.responses).flatMap(([status, r]) =>
          Object.keys(r.content ?? {}).map((type) => ['responses', status, 'content', type]),
        ),
      ];
      for (const keys of bodies) {
        const at = pointer('paths', path, method, ...keys);
        const media = resolvePointer(doc, at) as { example?: unknown };
        expect(media, at).toHaveProperty('example');
        const validate = ajv.getSchema(`urn:sco:openapi${at}/schema`)!;
        if (!validate(media.example)) misfits.push(`${at}: ${ajv.errorsText(validate.errors)}`);
        checked++;
      }
    }
    expect(misfits).toEqual([]);
    expect(checked).toBeGreaterThan(300);
  });
});
