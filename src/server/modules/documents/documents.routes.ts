import { z } from 'zod';
import {
  CorrectActionBody,
  CreateInstrumentBody,
  DocumentsQuery,
  InstrumentDto,
  InstrumentSummaryDto,
  NotificationDto,
  RecordActionBody,
  SearchHitDto,
  SearchQuery,
  TextDto,
} from '../../../contracts/documents';
import { sendCsv } from '../../core/http/csv';
import { readUpload, sendFile, withUploads } from '../../core/files';
import type { App, Kernel } from '../../core/module';
import * as actions from './actions.service';
import * as service from './documents.service';
import * as notifications from './notifications.service';
import { getTextFile, textUse, uploadText } from './texts.service';

const Params = z.strictObject({ id: z.string().max(64) });

export async function documentsRoutes(app: App, kernel: Kernel) {
  const tags = ['documents'];
  const can = (p: string) => kernel.perms.require(p);

  app.get(
    '/documents',
    {
      schema: {
        tags,
        summary:
          'Instruments, newest first, with filters; restricted ones only for the Secretariat and the parties',
        querystring: DocumentsQuery,
        response: {
          200: z.object({
            items: z.array(InstrumentSummaryDto),
            next: z.string().nullable(),
            total: z.number().int().describe('all the instruments the filters match, on every page'),
          }),
        },
      },
    },
    async (req) => service.listInstruments(kernel, req.actor, req.query),
  );

  app.get(
    '/documents/years',
    {
      schema: {
        tags,
        summary: 'The years that have an instrument the reader may see, newest first',
        response: { 200: z.object({ years: z.array(z.number().int()) }) },
      },
    },
    async (req) => ({ years: await service.listYears(kernel, req.actor) }),
  );

  app.get(
    '/documents.csv',
    {
      schema: {
        tags,
        summary: 'Instruments as CSV',
        querystring: DocumentsQuery.omit({ limit: true, before: true }),
      },
    },
    async (req, reply) => {
      const { items } = await service.listInstruments(kernel, req.actor, { ...req.query, limit: 100_000 });
      return sendCsv(
        reply,
        'instruments.csv',
        [
          'id',
          'kind',
          'title_en',
          'title_ru',
          'title_zh',
          'body',
          'signed_at',
          'status',
          'entry_into_force',
          'topics',
          'demo',
        ],
        items.map((x) => [
          x.id,
          x.kind,
          x.title.en,
          x.title.ru,
          x.title.zh,
          x.body,
          x.signedAt,
          x.status,
          x.entryIntoForce,
          x.topics.join(' '),
          x.demo ? 'demo' : '',
        ]),
      );
    },
  );

  app.post(
    '/documents',
    {
      schema: {
        tags,
        summary: 'Register an instrument (Secretariat)',
        body: CreateInstrumentBody,
        response: { 201: InstrumentDto },
      },
      preHandler: can('documents.instrument.create'),
    },
    async (req, reply) => reply.code(201).send(await service.createInstrument(kernel, req.actor, req.body)),
  );

  app.get(
    '/documents/:id',
    {
      schema: {
        tags,
        summary: 'An instrument with its per-state status, computed entry into force and its explanation',
        params: Params,
        response: { 200: InstrumentDto },
      },
    },
    async (req) => service.getInstrument(kernel, req.actor, req.params.id),
  );

  app.get(
    '/documents/:id/states.csv',
    { schema: { tags, summary: 'Per-state status as CSV', params: Params } },
    async (req, reply) => {
      const x = await service.getInstrument(kernel, req.actor, req.params.id);
      return sendCsv(
        reply,
        `${x.id}-states.csv`,
        ['state', 'signed', 'notified', 'acceded', 'withdrawn', 'reservations', 'in_force_from'],
        x.states.map((s) => [
          s.state,
          s.signed,
          s.notified,
          s.acceded,
          s.withdrawn,
          s.reservations.join(' '),
          s.inForceFrom,
        ]),
      );
    },
  );

  app.post(
    '/documents/:id/actions',
    {
      schema: {
        tags,
        summary: "Record a state's signature, notification, accession, reservation or withdrawal",
        params: Params,
        body: RecordActionBody,
        response: { 201: InstrumentDto },
      },
      preHandler: can('documents.action.record'),
    },
    async (req, reply) =>
      reply.code(201).send(await actions.recordAction(kernel, req.actor!, req.params.id, req.body)),
  );

  app.patch(
    '/documents/:id/actions/:actionId',
    {
      schema: {
        tags,
        summary: 'Correct a recorded action; the entry into force is recomputed (Secretariat)',
        params: z.strictObject({ id: z.string().max(64), actionId: z.string().max(64) }),
        body: CorrectActionBody,
        response: { 200: InstrumentDto },
      },
      preHandler: can('documents.action.correct'),
    },
    async (req) => actions.correctAction(kernel, req.actor!, req.params.id, req.params.actionId, req.body),
  );

  app.get(
    '/documents/:id/notifications',
    {
      schema: {
        tags,
        summary: 'Depositary notifications, numbered',
        params: Params,
        response: { 200: z.object({ items: z.array(NotificationDto) }) },
      },
    },
    async (req) => {
      return { items: await notifications.listNotifications(kernel, req.actor, req.params.id) };
    },
  );

  app.get(
    '/documents/:id/notifications/:nid',
    {
      schema: {
        tags,
        summary: 'A depositary notification as a printable page (HTML)',
        params: z.strictObject({ id: z.string().max(64), nid: z.string().max(64) }),
      },
    },
    async (req, reply) => {
      const html = await notifications.notificationPage(kernel, req.actor, req.params.id, req.params.nid);
      return reply.type('text/html; charset=utf-8').send(html);
    },
  );

  app.get(
    '/documents/:id/texts/:textId',
    {
      schema: {
        tags,
        summary: 'Download a text',
        params: z.strictObject({ id: z.string().max(64), textId: z.string().max(64) }),
      },
    },
    async (req, reply) => {
      await service.getInstrument(kernel, req.actor, req.params.id);
      return sendFile(reply, kernel.db, await getTextFile(kernel, req.params.id, req.params.textId));
    },
  );

  await withUploads(app, (scoped) =>
    scoped.post(
      '/documents/:id/texts',
      {
        schema: {
          tags,
          summary: 'Upload a text (PDF, DOCX or ODT; fields: language, authentic) (Secretariat)',
          params: Params,
          consumes: ['multipart/form-data'],
          response: { 201: TextDto },
        },
        preHandler: can('documents.text.upload'),
      },
      async (req, reply) => {
        await service.getInstrument(kernel, req.actor, req.params.id);
        const { file, fields } = await readUpload(req, textUse);
        const input = { language: fields.language, authentic: fields.authentic === 'true' };
        return reply.code(201).send(await uploadText(kernel, req.actor!, req.params.id, input, file));
      },
    ),
  );

  app.get(
    '/search',
    {
      schema: {
        tags,
        summary: 'Search titles, texts and topics in English, Russian and Chinese',
        querystring: SearchQuery,
        response: { 200: z.object({ items: z.array(SearchHitDto) }) },
      },
    },
    async (req) => {
      const { q, ...filters } = req.query;
      return { items: await service.search(kernel, req.actor, q, filters) };
    },
  );
}
