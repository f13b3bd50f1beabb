/**
 * Typed errors with stable codes. A code is `<module>.<snake_case>`; it is also the i18n key the web app
 * uses to explain the problem. Codes exist only through defineError so the registry below is complete,
 * which the i18n check relies on.
 */
export type ErrorParams = Record<string, string | number | boolean | null | string[]>;

export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    readonly params: ErrorParams = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(code);
    this.name = 'AppError';
  }
}

export interface ErrorFactory<P extends ErrorParams = ErrorParams> {
  (params?: P, headers?: Record<string, string>): AppError;
  readonly code: string;
  readonly status: number;
  readonly title: string;
}

const registry = new Map<string, { status: number; title: string }>();

export function defineError<P extends ErrorParams = ErrorParams>(
  code: string,
  status: number,
  title: string,
): ErrorFactory<P> {
  if (!/^[a-z]+\.[a-z0-9_]+$/.test(code)) throw new Error(`Bad error code ${code}`);
  const existing = registry.get(code);
  if (existing && existing.status !== status) throw new Error(`Error code ${code} defined twice`);
  registry.set(code, { status, title });
  const factory = (params?: P, headers?: Record<string, string>) =>
    new AppError(code, status, params, headers);
  return Object.assign(factory, { code, status, title });
}

export function errorTitle(code: string): string {
  return registry.get(code)?.title ?? 'Error';
}

export function registeredErrorCodes(): string[] {
  return [...registry.keys()].sort();
}

/** Errors of the HTTP kernel, shared by every module. */
export const HttpErrors = {
  notFound: defineError('http.not_found', 404, 'Not found'),
  validationFailed: defineError('http.validation_failed', 400, 'The request is not valid'),
  malformedJson: defineError('http.malformed_json', 400, 'The request body is not valid JSON'),
  payloadTooLarge: defineError('http.payload_too_large', 413, 'The request body is too large'),
  unsupportedMediaType: defineError('http.unsupported_media_type', 415, 'Unsupported content type'),
  methodNotAllowed: defineError('http.method_not_allowed', 405, 'Method not allowed'),
  internal: defineError('http.internal', 500, 'Internal error'),
  badRequest: defineError('http.bad_request', 400, 'Bad request'),
  conflict: defineError('http.conflict', 409, 'The request conflicts with the current state'),
  uriTooLong: defineError<{ maxLength: number }>(
    'http.uri_too_long',
    414,
    'A part of the address is too long',
  ),
  headersTooLarge: defineError('http.headers_too_large', 431, 'The request headers are too large'),
  nulByte: defineError<{ in: string }>('http.nul_byte', 400, 'The request contains a NUL character'),
  rateLimited: defineError<{ retryAfterSeconds: number }>(
    'http.rate_limited',
    429,
    'Too many requests from this address; try again later',
  ),
  overloaded: defineError<{ retryAfterSeconds: number }>(
    'http.overloaded',
    503,
    'The platform is busy; try again shortly',
  ),
};

/**
 * Errors about dates that any module checks against the clock. `field` is the body property the date
 * came from: the problem points at it (see core/http/problem.ts), so a form shows it at that field.
 */
export const DateErrors = {
  afterToday: defineError<{ field: string; date: string; today: string }>(
    'dates.after_today',
    400,
    'The date is later than today',
  ),
};

/**
 * A record of something that has happened (a treaty action, a payment) cannot be dated later than
 * today, UTC. @throws dates.after_today naming `field`
 */
export function requireNotAfterToday(date: string, now: Date, field: string): void {
  const today = now.toISOString().slice(0, 10);
  if (date > today) throw DateErrors.afterToday({ field, date, today });
}
