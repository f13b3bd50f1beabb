import { randomUUID } from 'node:crypto';
import type { App } from '../../core/module';
import { bearer, DEMO_PASSWORD, signIn } from '../../test/harness';

/** Test helpers for the exchange: TAXII requests as a client sends them, and STIX objects to send. */
export const TAXII = 'application/taxii+json;version=2.1';
export const ROOT = '/taxii2/exchange';

export const TLP = {
  clear: 'marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487',
  green: 'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb',
  amber: 'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421',
  amberStrict: 'marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003',
  red: 'marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1',
  white1: 'marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9',
} as const;

export type Auth = Record<string, string>;

export function basic(email: string, password = DEMO_PASSWORD): Auth {
  return { authorization: `Basic ${Buffer.from(`${email}:${password}`).toString('base64')}` };
}

export async function tokenFor(app: App, email: string): Promise<Auth> {
  return bearer(app, email);
}

export async function taxiiGet(app: App, url: string, auth: Auth = {}, accept = TAXII) {
  return app.inject({ method: 'GET', url, headers: { accept, ...auth } });
}

export async function taxiiPost(app: App, url: string, body: unknown, auth: Auth = {}, contentType = TAXII) {
  return app.inject({
    method: 'POST',
    url,
    headers: { accept: TAXII, 'content-type': contentType, ...auth },
    payload: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

export async function collectionId(app: App, alias: string, auth: Auth = {}): Promise<string> {
  const res = await taxiiGet(app, `${ROOT}/collections/`, auth);
  const c = (res.json<{ collections?: { id: string; alias: string }[] }>().collections ?? []).find(
    (x) => x.alias === alias,
  );
  if (!c) throw new Error(`no collection ${alias} for this reader: ${res.body}`);
  return c.id;
}

export const USER_PASSWORD = 'a-long-test-password';

let counter = 0;

/** A valid indicator; override created/modified to make versions. */
export function indicator(over: Record<string, unknown> = {}) {
  counter += 1;
  return {
    type: 'indicator',
    spec_version: '2.1',
    id: `indicator--${randomUUID()}`,
    created: '2026-11-01T10:00:00.000Z',
    modified: '2026-11-01T10:00:00.000Z',
    name: `Test indicator ${counter}`,
    description: 'C2 server',
    pattern: "[ipv4-addr:value = '198.51.100.1']",
    pattern_type: 'stix',
    valid_from: '2026-11-01T10:00:00Z',
    ...over,
  };
}

/** Creates a user through the administration API with one mandate, and returns their email. */
export async function createUserWithMandate(
  app: App,
  email: string,
  mandate: { state: string | null; role: string },
): Promise<string> {
  const admin = await signIn(app, 'secretariat@example.org');
  const headers = { cookie: admin.cookie, 'x-csrf-token': admin.csrf };
  const user = await app.inject({
    method: 'POST',
    url: '/api/v1/users',
    headers,
    payload: { email, displayName: email, password: USER_PASSWORD },
  });
  if (user.statusCode !== 201) throw new Error(user.body);
  const m = await app.inject({
    method: 'POST',
    url: `/api/v1/users/${user.json<{ id: string }>().id}/mandates`,
    headers,
    payload: { ...mandate, validFrom: '2024-01-01' },
  });
  if (m.statusCode !== 201) throw new Error(m.body);
  return email;
}
