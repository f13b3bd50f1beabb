import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, errorTitle, HttpErrors, type ErrorParams } from '../errors';

/** RFC 9457 problem details, extended with the stable `code`, its `params` and the `requestId`. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  code: string;
  detail?: string;
  params: ErrorParams;
  requestId: string;
  errors?: { pointer: string; message: string }[];
}

type ProblemExtra = Partial<Pick<Problem, 'detail' | 'errors'>>;

/**
 * Writes a problem in a module's own error format. Every module gets RFC 9457 by default; a module
 * whose protocol prescribes another body (TAXII 2.1's error message) declares its own renderer. The
 * kernel has already decided what the problem is, so a renderer only chooses how it looks.
 */
export type ErrorRenderer = (req: FastifyRequest, reply: FastifyReply, problem: Problem) => FastifyReply;

export const renderProblemJson: ErrorRenderer = (_req, reply, problem) =>
  reply.code(problem.status).type('application/problem+json').send(problem);

function toProblem(req: FastifyRequest, error: AppError, extra: ProblemExtra): Problem {
  return {
    type: `/problems/${error.code}`,
    title: errorTitle(error.code),
    status: error.status,
    code: error.code,
    params: error.params,
    requestId: String(req.id),
    ...extra,
  };
}

export function sendProblem(
  req: FastifyRequest,
  reply: FastifyReply,
  error: AppError,
  extra: ProblemExtra = {},
  render: ErrorRenderer = renderProblemJson,
) {
  for (const [k, v] of Object.entries(error.headers)) void reply.header(k, v);
  return render(req, reply, toProblem(req, error, extra));
}

/**
 * A domain error whose params name the body `field` it is about points at it, as a schema failure
 * does, so that a form shows it next to that field without knowing the code.
 */
function fieldPointer(err: AppError): ProblemExtra {
  const field = err.params.field;
  if (typeof field !== 'string' || !/^[A-Za-z0-9_/]+$/.test(field)) return {};
  return { errors: [{ pointer: `/body/${field.replace(/^\//, '')}`, message: errorTitle(err.code) }] };
}

/** The one mapping from anything thrown in a route to the problem it is for the client. */
function classify(err: FastifyError, req: FastifyRequest): [AppError, ProblemExtra] {
  if (err instanceof AppError) return [err, fieldPointer(err)];
  if (hasZodFastifySchemaValidationErrors(err)) {
    const where = err.validationContext ?? 'body';
    const errors = err.validation.map((v) => {
      const keys = (v.params as { keys?: string[] } | undefined)?.keys;
      const pointer = `/${where}` + (v.instancePath === '/' ? '' : v.instancePath);
      const message = v.message ?? 'invalid';
      return { pointer, message: keys ? `${message}: ${keys.join(', ')}` : message };
    });
    return [HttpErrors.validationFailed({ in: where }), { errors }];
  }
  if (isResponseSerializationError(err)) {
    req.log.error({ err }, 'response does not match its schema');
    return [HttpErrors.internal(), {}];
  }
  switch (err.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return [HttpErrors.malformedJson(), { detail: err.message }];
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return [HttpErrors.payloadTooLarge(), {}];
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return [HttpErrors.unsupportedMediaType(), {}];
  }
  // Errors raised by Fastify plugins with a 4xx status (bad cookies, bad ranges) are the client's fault.
  if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
    return [HttpErrors.badRequest({ reason: err.code ?? 'bad_request' }), {}];
  }
  req.log.error({ err }, 'unhandled error');
  return [HttpErrors.internal(), {}];
}

/** Installs an error handler on a Fastify scope (the root, or one module's encapsulated plugin). */
export function installErrorHandler(scope: FastifyInstance, render: ErrorRenderer = renderProblemJson) {
  scope.setErrorHandler((err: FastifyError, req, reply) => {
    const [error, extra] = classify(err, req);
    return sendProblem(req, reply, error, extra, render);
  });
}

/** A not-found handler for a module mounted under its own prefix, in that module's error format. */
export function installNotFoundHandler(scope: FastifyInstance, render: ErrorRenderer = renderProblemJson) {
  scope.setNotFoundHandler((req, reply) =>
    sendProblem(
      req,
      reply,
      HttpErrors.notFound({ method: req.method, path: req.url.split('?')[0] ?? '' }),
      {},
      render,
    ),
  );
}

/**
 * Installs the root error and not-found handlers. With `spaIndex`, a GET outside /api that asks for HTML
 * gets the single-page app's index.html (served by @fastify/static); the API keeps its problem+json 404.
 */
export function installProblemHandlers(app: FastifyInstance, opts: { spaIndex?: boolean } = {}) {
  app.setNotFoundHandler((req, reply) => {
    if (
      opts.spaIndex &&
      req.method === 'GET' &&
      !req.url.startsWith('/api/') &&
      (req.headers.accept ?? '').includes('text/html')
    ) {
      return reply.type('text/html').sendFile('index.html');
    }
    return sendProblem(
      req,
      reply,
      HttpErrors.notFound({ method: req.method, path: req.url.split('?')[0] ?? '' }),
    );
  });
  installErrorHandler(app);
}
