import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiFetch, ProblemError } from './apiFetch';

function respond(status: number, body: unknown, contentType = 'application/json') {
  const fetchMock = vi.fn(
    async () =>
      new Response(body === undefined ? null : JSON.stringify(body), {
        status,
        headers: { 'Content-Type': contentType },
      }),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('apiFetch', () => {
  it('sends the session cookie and the CSRF token on writes', async () => {
    const fetchMock = respond(200, { ok: true });
    await apiFetch('/api/v1/states/KZ/contact', { method: 'PUT', body: { office: null }, csrfToken: 'tok' });
    const [, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(init.credentials).toBe('same-origin');
    expect(init.headers).toMatchObject({ 'X-CSRF-Token': 'tok', 'Content-Type': 'application/json' });
    expect(init.body).toBe('{"office":null}');
  });

  it('sends the Idempotency-Key it is given', async () => {
    const fetchMock = respond(201, { id: 'e1' });
    await apiFetch('/api/v1/projects/p1/transactions', { method: 'POST', body: {}, idempotencyKey: 'k-1' });
    const [, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(init.headers).toMatchObject({ 'Idempotency-Key': 'k-1' });
  });

  it('sends a FormData body as it is, leaving its multipart Content-Type to the browser', async () => {
    const fetchMock = respond(201, { id: 't1' });
    const form = new FormData();
    form.set('language', 'ru');
    await apiFetch('/api/v1/documents/d1/texts', { method: 'POST', body: form, csrfToken: 'tok' });
    const [, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(init.body).toBe(form);
    expect(init.headers).not.toHaveProperty('Content-Type');
    expect(init.headers).toMatchObject({ 'X-CSRF-Token': 'tok' });
  });

  it('rejects with the problem the server answered', async () => {
    const problem = {
      type: '/problems/auth.invalid_credentials',
      title: 'Wrong email or password',
      status: 401,
      code: 'auth.invalid_credentials',
      params: {},
      requestId: 'r1',
    };
    respond(401, problem, 'application/problem+json');
    const error = await apiFetch('/api/v1/auth/login', { method: 'POST', body: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProblemError);
    expect((error as ProblemError).problem).toEqual(problem);
  });

  it('turns a non-JSON failure into a problem that can still be explained', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('<html>Bad gateway</html>', { status: 502 })),
    );
    const error = await apiFetch('/api/v1/states').catch((e: unknown) => e);
    expect((error as ProblemError).code).toBe('http.internal');
  });

  it('resolves to undefined for 204 No Content', async () => {
    respond(204, undefined);
    await expect(apiFetch('/api/v1/auth/logout', { method: 'POST' })).resolves.toBeUndefined();
  });
});
