import type { ProblemDto } from '../../contracts/common';

/** An RFC 9457 problem answered by the API, carried as a typed error so that views can explain it. */
export class ProblemError extends Error {
  constructor(readonly problem: ProblemDto) {
    super(`${problem.status} ${problem.code}`);
    this.name = 'ProblemError';
  }

  get status(): number {
    return this.problem.status;
  }

  get code(): string {
    return this.problem.code;
  }
}

export function isProblemError(error: unknown): error is ProblemError {
  return error instanceof ProblemError;
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface ApiFetchOptions {
  method?: HttpMethod;
  body?: unknown;
  /** Required by the server on every cookie-authenticated write. */
  csrfToken?: string | null;
  /** Sent as Idempotency-Key: the server applies a write sent again with the same key only once. */
  idempotencyKey?: string;
  signal?: AbortSignal;
}

function isProblem(value: unknown): value is ProblemDto {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.code === 'string' && typeof v.status === 'number';
}

/** A proxy or a crashed upstream may answer with HTML; it still deserves a translatable message. */
function syntheticProblem(response: Response): ProblemDto {
  const status = response.status;
  return {
    type: 'about:blank',
    title: response.statusText,
    status,
    code: status >= 500 ? 'http.internal' : status === 404 ? 'http.not_found' : 'http.bad_request',
    params: {},
    requestId: response.headers.get('x-request-id') ?? '',
  };
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Calls the platform API with the session cookie. Resolves with the JSON body (undefined for 204),
 * rejects with ProblemError for any non-2xx answer. The body is trusted to match the shared contract
 * type rather than parsed again, to keep Zod out of the browser bundle.
 */
export async function apiFetch<T>(path: string, options: ApiFetchOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
  // A FormData body (a file upload) goes as multipart; the browser writes its Content-Type and boundary.
  const multipart = options.body instanceof FormData;
  if (options.body !== undefined && !multipart) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && options.csrfToken) headers['X-CSRF-Token'] = options.csrfToken;
  if (options.idempotencyKey) headers['Idempotency-Key'] = options.idempotencyKey;
  const init: RequestInit = { method, headers, credentials: 'same-origin' };
  if (options.body !== undefined)
    init.body = multipart ? (options.body as FormData) : JSON.stringify(options.body);
  if (options.signal) init.signal = options.signal;

  const response = await fetch(path, init);
  const data = await readJson(response);
  if (!response.ok) throw new ProblemError(isProblem(data) ? data : syntheticProblem(response));
  return data as T;
}
