import type { FastifyReply } from 'fastify';

/**
 * Sends JSON that is already serialised (a cached body). Fastify passes a string with a JSON content
 * type through untouched, so the response schema is not applied again: the caller must have built the
 * text from values of the documented shape.
 */
export function sendJsonText(reply: FastifyReply, json: string): FastifyReply {
  return reply.type('application/json; charset=utf-8').send(json as never);
}
