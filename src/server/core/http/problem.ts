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

export function sendProblem(
  req: FastifyRequest,
  reply: FastifyReply,
  error: AppError,
  extra: Partial<Pick<Problem, 'detail' | 'errors'>> = {},
) {
  const body: Problem = {
    type: `/problems/${error.code}`,
    title: errorTitle(error.code),
    status: error.status,
    code: error.code,
    params: error.params,
    requestId: String(req.id),
    ...extra,
  };
  for (const [k, v] of Object.entries(error.headers)) void reply.header(k, v);
  return reply.code(error.status).type('application/problem+json').send(body);
}

/**
 * Installs the error and not-found handlers. With `spaIndex`, a GET outside /api that asks for HTML gets
 * the single-page app's index.html (served by @fastify/static); the API keeps its problem+json 404.
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

  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (err instanceof AppError) return sendProblem(req, reply, err);

    if (hasZodFastifySchemaValidationErrors(err)) {
      const where = err.validationContext ?? 'body';
      const errors = err.validation.map((v) => {
        const keys = (v.params as { keys?: string[] } | undefined)?.keys;
        const pointer = `/${where}` + (v.instancePath === '/' ? '' : v.instancePath);
        const message = v.message ?? 'invalid';
        return { pointer, message: keys ? `${message}: ${keys.join(', ')}` : message };
      });
      return sendProblem(req, reply, HttpErrors.validationFailed({ in: where }), { errors });
    }
    if (isResponseSerializationError(err)) {
      req.log.error({ err }, 'response does not match its schema');
      return sendProblem(req, reply, HttpErrors.internal());
    }
    switch (err.code) {
      case 'FST_ERR_CTP_INVALID_JSON_BODY':
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
        return sendProblem(req, reply, HttpErrors.malformedJson(), { detail: err.message });
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return sendProblem(req, reply, HttpErrors.payloadTooLarge());
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
        return sendProblem(req, reply, HttpErrors.unsupportedMediaType());
    }
    // Errors raised by Fastify plugins with a 4xx status (bad cookies, bad ranges) are the client's fault.
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      return sendProblem(req, reply, HttpErrors.badRequest({ reason: err.code ?? 'bad_request' }));
    }
    req.log.error({ err }, 'unhandled error');
    return sendProblem(req, reply, HttpErrors.internal());
  });
}
