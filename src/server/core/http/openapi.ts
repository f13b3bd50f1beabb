import type { SwaggerTransform, SwaggerTransformObject } from '@fastify/swagger';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ProblemDto } from '../../../contracts/common';
import { guardOf } from '../auth/permissions';
import { errorTitle } from '../errors';

/**
 * The API description is generated from the routes' Zod schemas (ADR 0031): component schemas from
 * every schema with an `id`, each operation's refusals as problem details and its security
 * requirement from its guard, and an example for every body.
 */

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ProblemDto } },
});

const SIGNED_IN: Record<string, string[]>[] = [{ bearer: [] }, { session: [] }];
/** Anonymous callers are served too; a signed-in caller may see more. */
const ANYONE = [{}, ...SIGNED_IN];
const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

const Binary = z.string().meta({ format: 'binary' });
const UploadBody = z.object({ file: Binary.describe('the file; its content decides its kind') });

interface RouteSchema {
  body?: unknown;
  querystring?: unknown;
  params?: unknown;
  headers?: unknown;
  consumes?: string[];
  response?: Record<string, unknown>;
  description?: string;
  hide?: boolean;
  security?: readonly Record<string, readonly string[]>[];
}

/** Adds to one route's description what it refuses and who may call it, then converts its Zod schemas. */
export const openApiTransform: SwaggerTransform = (doc) => {
  const schema = doc.schema as RouteSchema | undefined;
  if (!schema || schema.hide) return jsonSchemaTransform(doc);
  const route = doc.route;
  const methods = [route.method].flat();
  const guard = guardOf(route.preHandler);
  const upload = schema.consumes?.includes('multipart/form-data') ?? false;
  const claims = route.config?.stateClaims?.length ?? 0;
  const responses: Record<string, unknown> = { ...schema.response };
  const add = (status: number, description: string) => {
    responses[status] ??= problem(description);
  };
  if (schema.body || schema.querystring || schema.params || schema.headers || upload)
    add(400, 'The request does not match its schema (`http.validation_failed`, with JSON pointers)');
  add(401, guard ? 'Not signed in, or an unknown or expired token' : 'An unknown or expired token was sent');
  if (guard?.permission || claims || methods.some((m) => WRITES.has(m)))
    add(
      403,
      [
        guard?.permission && `the caller's roles lack \`${guard.permission}\` (\`auth.forbidden\`)`,
        claims && 'a state named in the request is not one the caller acts for (`auth.no_mandate`)',
        'a cookie-authenticated write without its CSRF token (`auth.csrf_failed`)',
      ]
        .filter(Boolean)
        .join('; '),
    );
  if (schema.params) add(404, 'Not found, or not visible to the caller');
  if (upload) {
    add(413, 'The file is over the limit of its use, or the state is over its upload quota');
    add(415, 'A kind of file the use does not accept, or a name that does not match the content');
  }
  // Downloads (files, calendars, exports) describe their body by its Content-Type.
  if (!Object.keys(responses).some((s) => /^[23]/.test(s)))
    responses[200] = {
      description: 'The file, in the media type its Content-Type names',
      content: { '*/*': { schema: Binary } },
    };
  responses['4XX'] ??= problem('Another refusal of the request; `code` names it');
  responses['5XX'] ??= problem('A fault of the platform; `requestId` identifies it in the logs');
  const who = guard?.permission
    ? `Requires \`${guard.permission}\` (${guard.roles?.join(', ')}).`
    : guard
      ? 'Requires a signed-in caller.'
      : undefined;
  return jsonSchemaTransform({
    ...doc,
    schema: {
      ...schema,
      ...(upload && !schema.body && { body: UploadBody }),
      response: responses,
      security: schema.security ?? (guard ? SIGNED_IN : ANYONE),
      // Read by clients and by the authorization matrix: who may call, and which states a call claims.
      ...(guard?.permission && { 'x-permission': { name: guard.permission, roles: guard.roles } }),
      ...(claims && {
        'x-state-claims': route.config!.stateClaims!.map((c) => ({
          in: c.path[0],
          field: c.path.slice(1).join('.'),
          secretariat: c.secretariat,
        })),
      }),
      ...(who && { description: [schema.description, who].filter(Boolean).join('\n\n') }),
    },
  });
};

type Json = unknown;
type JsonSchema = Record<string, Json>;

/** Resolves a local `$ref` (`#/components/schemas/X`) in the document. */
export function resolvePointer(doc: unknown, ref: string): unknown {
  if (!ref.startsWith('#')) return undefined;
  let node: unknown = doc;
  for (const raw of ref.slice(1).split('/').slice(1)) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    if (node === null || typeof node !== 'object' || !(key in node)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

const FORMAT_SAMPLES: Record<string, string> = {
  date: '2026-03-01',
  'date-time': '2026-03-01T09:00:00.000Z',
  email: 'coordinator.kz@example.org',
  uri: 'https://example.org/',
  uuid: '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b',
  binary: '(binary)',
};

/** A value that fits a schema, from its examples, defaults and constraints: the example of a body. */
export function sampleOf(schema: unknown, doc: unknown, depth = 0): Json {
  if (schema === null || typeof schema !== 'object') return null;
  const s = schema as JsonSchema;
  if (typeof s.$ref === 'string') return sampleOf(resolvePointer(doc, s.$ref), doc, depth);
  if ('example' in s) return s.example;
  if (Array.isArray(s.examples) && s.examples.length) return s.examples[0];
  if ('default' in s) return s.default;
  if ('const' in s) return s.const;
  if (Array.isArray(s.enum)) return s.enum[0];
  const options = (s.anyOf ?? s.oneOf) as JsonSchema[] | undefined;
  if (options) {
    const chosen = options.find((o) => o.type !== 'null') ?? options[0];
    return sampleOf(chosen, doc, depth);
  }
  if (Array.isArray(s.allOf))
    return Object.assign({}, ...s.allOf.map((p) => sampleOf(p, doc, depth) as object));
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
  switch (type) {
    case 'object': {
      const props = (s.properties ?? {}) as Record<string, JsonSchema>;
      const required = new Set((s.required as string[] | undefined) ?? []);
      const out: Record<string, Json> = {};
      for (const [k, v] of Object.entries(props))
        if (required.has(k) || depth < 2) out[k] = sampleOf(v, doc, depth + 1);
      return out;
    }
    case 'array': {
      if (Array.isArray(s.prefixItems)) return s.prefixItems.map((p) => sampleOf(p, doc, depth + 1));
      const n = Math.max(1, Number(s.minItems ?? 0));
      const item = sampleOf(s.items, doc, depth + 1);
      return s.uniqueItems && n === 1 ? [item] : Array.from({ length: n }, () => item);
    }
    case 'string': {
      if (typeof s.format === 'string' && FORMAT_SAMPLES[s.format]) return FORMAT_SAMPLES[s.format];
      const min = Number(s.minLength ?? 0);
      return 'text'.padEnd(min, 'x').slice(0, Math.max(4, min));
    }
    case 'integer':
    case 'number': {
      const min = typeof s.minimum === 'number' && s.minimum > -1e9 ? s.minimum : 1;
      return typeof s.maximum === 'number' && s.maximum < min ? s.maximum : min;
    }
    case 'boolean':
      return true;
    default:
      return null;
  }
}

type Operation = {
  requestBody?: { content?: Record<string, { schema?: unknown; example?: Json }> };
  responses?: Record<
    string,
    { description?: string; content?: Record<string, { schema?: unknown; example?: Json }> }
  >;
};

const STATUS_TEXT: Record<string, string> = { 200: 'OK', 201: 'Created', 202: 'Accepted', 204: 'No content' };

/** The code a refusal of each status typically carries, for the examples. */
const EXAMPLE_CODES: Record<string, string> = {
  400: 'http.validation_failed',
  401: 'auth.unauthenticated',
  403: 'auth.forbidden',
  404: 'http.not_found',
  413: 'uploads.file_too_large',
  415: 'uploads.unsupported_file',
  '4XX': 'http.conflict',
  '5XX': 'http.internal',
};

function problemExample(status: string) {
  const code = EXAMPLE_CODES[status] ?? 'http.bad_request';
  return {
    type: `/problems/${code}`,
    title: errorTitle(code),
    status: /^\d+$/.test(status) ? Number(status) : status === '5XX' ? 500 : 409,
    code,
    params: {},
    requestId: '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b',
    ...(code === 'http.validation_failed' && {
      errors: [{ pointer: '/body/title', message: 'Invalid input: expected object, received undefined' }],
    }),
  };
}

/** Fills the component schemas from the Zod registry, then gives every body without one an example. */
export const openApiTransformObject: SwaggerTransformObject = (documentObject) => {
  const doc = jsonSchemaTransformObject(documentObject) as {
    paths?: Record<string, Record<string, Operation>>;
  };
  for (const item of Object.values(doc.paths ?? {}))
    for (const op of Object.values(item)) {
      if (!op || typeof op !== 'object') continue;
      for (const media of Object.values(op.requestBody?.content ?? {}))
        media.example ??= sampleOf(media.schema, doc);
      for (const [status, response] of Object.entries(op.responses ?? {})) {
        // The generator's placeholder says nothing; the status's own name does.
        if (response.description === 'Default Response')
          response.description = STATUS_TEXT[status] ?? 'Success';
        for (const [type, media] of Object.entries(response.content ?? {}))
          media.example ??=
            type === 'application/problem+json' ? problemExample(status) : sampleOf(media.schema, doc);
      }
    }
  return doc;
};
