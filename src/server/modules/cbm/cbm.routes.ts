import { z } from 'zod';
import {
  AnswerBody,
  CalendarDto,
  CalendarQuery,
  CreateRuleSetBody,
  DeclarationBody,
  DeclarationDto,
  ExchangeBody,
  IdParams,
  MessageDto,
  MessageListQuery,
  RuleSetDto,
  SendMessageBody,
} from '../../../contracts/cbm';
import { HttpErrors } from '../../core/errors';
import type { App, Kernel } from '../../core/module';
import { currentMemberCodes } from '../states';
import { cbmReaderOf, type CbmReader } from './cbm.access';
import { calendar } from './calendar.service';
import { declare, getDeclarationDto, listDeclarationDtos, recompute } from './declarations.service';
import {
  answerQuery,
  listMessageDtos,
  notifyDeclaration,
  sendQuery,
  submitExchange,
} from './messages.service';
import { createRuleSet, listRuleSetDtos } from './rule-sets.service';

const tags = ['cbm'];
const HIDDEN =
  'Answers 404, as an unknown path, to anyone but a defence contact or a Secretariat officer designated for CBM.';
const doc = (summary: string) => ({ tags, summary, description: HIDDEN });

declare module 'fastify' {
  interface FastifyRequest {
    cbm?: CbmReader;
  }
}

/**
 * The CBM exchange under /api/v1/cbm (ADR 0069, 0124). One hook runs before anything else of the
 * module (validation, state claims, CSRF): whoever is not in the exchange is told the path does not
 * exist, so no status code, error or count tells them anything of it.
 */
export async function cbmRoutes(app: App, kernel: Kernel) {
  app.addHook('onRequest', async (req) => {
    const reader = cbmReaderOf(req.actor);
    if (!reader) throw HttpErrors.notFound({ method: req.method, path: req.url.split('?')[0] ?? '' });
    req.cbm = reader;
  });
  const reader = (req: { cbm?: CbmReader }) => req.cbm!;

  app.get(
    '/cbm/rule-sets',
    {
      schema: {
        ...doc('The CBM rule sets, every version, with their sources'),
        response: { 200: z.object({ items: z.array(RuleSetDto) }) },
      },
    },
    async (req) => ({ items: await listRuleSetDtos(kernel, reader(req)) }),
  );

  app.post(
    '/cbm/rule-sets',
    {
      schema: {
        ...doc('A designated Secretariat officer enters a rule set (a new version of its code)'),
        body: CreateRuleSetBody,
        response: { 201: RuleSetDto },
      },
    },
    async (req, reply) => reply.code(201).send(await createRuleSet(kernel, reader(req), req.body)),
  );

  app.get(
    '/cbm/declarations',
    {
      schema: {
        ...doc('Declared activities: a state its own, the Secretariat all'),
        response: { 200: z.object({ items: z.array(DeclarationDto) }) },
      },
    },
    async (req) => listDeclarationDtos(kernel, reader(req)),
  );

  app.post(
    '/cbm/declarations',
    {
      schema: {
        ...doc(
          "A state's defence contact declares a planned activity; the obligations are computed and explained",
        ),
        body: DeclarationBody,
        response: { 201: DeclarationDto },
      },
    },
    async (req, reply) => reply.code(201).send(await declare(kernel, reader(req), req.body)),
  );

  app.get(
    '/cbm/declarations/:id',
    {
      schema: {
        ...doc('A declaration with its obligations'),
        params: IdParams,
        response: { 200: DeclarationDto },
      },
    },
    async (req) => getDeclarationDto(kernel, reader(req), req.params.id),
  );

  app.post(
    '/cbm/declarations/:id/recompute',
    {
      schema: {
        ...doc('A designated Secretariat officer recomputes the obligations under the rule set in force now'),
        params: IdParams,
        response: { 200: DeclarationDto },
      },
    },
    async (req) => recompute(kernel, reader(req), req.params.id),
  );

  app.post(
    '/cbm/declarations/:id/notification',
    {
      schema: {
        ...doc('The declaring state sends the numbered notification its declaration owes'),
        params: IdParams,
        response: { 201: MessageDto },
      },
    },
    async (req, reply) => reply.code(201).send(await notifyDeclaration(kernel, reader(req), req.params.id)),
  );

  app.get(
    '/cbm/messages',
    {
      schema: {
        ...doc('Messages sent or received (the Secretariat: all), newest first, with overdue flags'),
        querystring: MessageListQuery,
        response: { 200: z.object({ items: z.array(MessageDto) }) },
      },
    },
    async (req) => listMessageDtos(kernel, reader(req), req.query.year),
  );

  app.post(
    '/cbm/messages',
    {
      schema: {
        ...doc("A query (on its answer clock) or a visit request, numbered in the sender's register"),
        body: SendMessageBody,
        response: { 201: MessageDto },
      },
    },
    async (req, reply) => reply.code(201).send(await sendQuery(kernel, reader(req), req.body)),
  );

  app.post(
    '/cbm/messages/:id/answers',
    {
      schema: {
        ...doc('A state the query was sent to answers it, stopping its clock'),
        params: IdParams,
        body: AnswerBody,
        response: { 201: MessageDto },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await answerQuery(kernel, reader(req), req.params.id, req.body)),
  );

  app.post(
    '/cbm/exchanges',
    {
      schema: {
        ...doc("A state's yearly exchange of information, sent to every other member state"),
        body: ExchangeBody,
        response: { 201: MessageDto },
      },
    },
    async (req, reply) =>
      reply
        .code(201)
        .send(await submitExchange(kernel, reader(req), req.body, await currentMemberCodes(kernel.db))),
  );

  app.get(
    '/cbm/calendar',
    {
      schema: {
        ...doc('The year: notifiable activities, the yearly exchange by state, visit quotas used'),
        querystring: CalendarQuery,
        response: { 200: CalendarDto },
      },
    },
    async (req) => calendar(kernel, reader(req), req.query.year),
  );
}
