import { z } from 'zod';
import {
  CompletenessBody,
  ConsentBody,
  DesignationDto,
  NominationBody,
  NominationDto,
  NominationStatus,
  ProgrammeCode,
  ProgrammeDto,
  ProposeBody,
  TentativeBody,
  TentativeDto,
} from '../../../contracts/culture';
import { namesStates, StateCode } from '../../../contracts/common';
import { readUpload, sendFile, withUploads } from '../../core/files';
import { sendCsv } from '../../core/http/csv';
import type { App, Kernel } from '../../core/module';
import { loadStates } from '../states';
import { CultureErrors } from './culture.errors';
import { proposeDecision } from './designation.workflow';
import * as designations from './designations.service';
import * as nominations from './nominations.service';

const Id = z.strictObject({ id: z.string().max(64) });
const Filter = z.strictObject({
  programme: ProgrammeCode.optional(),
  state: namesStates(StateCode.optional(), 'a filter: designations of this state'),
});

/** Programmes, designations and open data (public), tentative lists and nominations, under /api/v1/culture. */
export async function cultureRoutes(app: App, kernel: Kernel) {
  const tags = ['culture'];

  app.get(
    '/culture/programmes',
    {
      schema: {
        tags,
        summary: 'The lists: criteria, dossier checklist, calendar and deciding body',
        response: { 200: z.object({ items: z.array(ProgrammeDto) }) },
      },
    },
    async () => ({ items: await designations.listProgrammes(kernel) }),
  );

  app.get(
    '/culture/designations',
    {
      schema: {
        tags,
        summary: 'Designations of the lists, with their source, decision and places',
        querystring: Filter,
        response: { 200: z.object({ items: z.array(DesignationDto) }) },
      },
    },
    async (req) => ({ items: await designations.listDesignations(kernel, req.query) }),
  );

  app.get(
    '/culture/designations.geojson',
    {
      schema: {
        tags,
        summary:
          'The designations’ places as a GeoJSON FeatureCollection (geometry null where no position is sourced)',
        querystring: Filter,
        produces: ['application/geo+json'],
      },
    },
    async (req, reply) =>
      reply
        .type('application/geo+json; charset=utf-8')
        .send(
          JSON.stringify(
            designations.designationsGeoJson(await designations.listDesignations(kernel, req.query)),
          ) as never,
        ),
  );

  app.get(
    '/culture/designations.jsonld',
    {
      schema: {
        tags,
        summary:
          'The designations as schema.org JSON-LD (TouristAttraction, LandmarksOrHistoricalBuildings, Festival)',
        querystring: Filter,
        produces: ['application/ld+json'],
      },
    },
    async (req, reply) => {
      const [items, states] = await Promise.all([
        designations.listDesignations(kernel, req.query),
        loadStates(kernel.db),
      ]);
      const names = new Map(states.map((s) => [s.code, { ...s.name }]));
      return reply
        .type('application/ld+json; charset=utf-8')
        .send(JSON.stringify(designations.designationsJsonLd(items, names)) as never);
    },
  );

  app.get(
    '/culture/designations.csv',
    {
      schema: {
        tags,
        summary: 'The lists’ designations as CSV',
        querystring: Filter,
        produces: ['text/csv'],
      },
    },
    async (req, reply) =>
      sendCsv(
        reply,
        'culture-designations.csv',
        designations.CSV_HEADER,
        designations.csvRows(await designations.listDesignations(kernel, req.query)),
      ),
  );

  app.get(
    '/culture/designations/:id',
    { schema: { tags, summary: 'One designation', params: Id, response: { 200: DesignationDto } } },
    async (req) => designations.getDesignation(kernel, req.params.id),
  );

  app.get(
    '/culture/tentative',
    {
      schema: {
        tags,
        summary: 'The states’ tentative lists',
        querystring: Filter,
        response: { 200: z.object({ items: z.array(TentativeDto) }) },
      },
    },
    async (req) => ({ items: await nominations.listTentative(kernel, req.query) }),
  );

  app.post(
    '/culture/tentative',
    {
      schema: {
        tags,
        summary: 'Add a place to your state’s tentative list (its coordinator)',
        body: TentativeBody,
        response: { 201: TentativeDto },
      },
      preHandler: kernel.perms.require('culture.nomination.create'),
    },
    async (req, reply) => reply.code(201).send(await nominations.addTentative(kernel, req.actor!, req.body)),
  );

  app.get(
    '/culture/nominations',
    {
      schema: {
        tags,
        summary: 'Nominations you may see: drafts only to the nominating states and the Secretariat',
        querystring: Filter.extend({ status: NominationStatus.optional() }),
        response: { 200: z.object({ items: z.array(NominationDto) }) },
      },
    },
    async (req) => ({ items: await nominations.listNominations(kernel, req.actor ?? null, req.query) }),
  );

  app.post(
    '/culture/nominations',
    {
      schema: {
        tags,
        summary: 'Start a nomination for your state, from its tentative list or saying why not',
        body: NominationBody,
        response: { 201: NominationDto },
      },
      preHandler: kernel.perms.require('culture.nomination.create'),
    },
    async (req, reply) =>
      reply.code(201).send(await nominations.createNomination(kernel, req.actor!, req.body)),
  );

  app.get(
    '/culture/nominations/:id',
    {
      schema: {
        tags,
        summary: 'One nomination and its dossier',
        params: Id,
        response: { 200: NominationDto },
      },
    },
    async (req) => nominations.getNomination(kernel, req.actor ?? null, req.params.id),
  );

  app.post(
    '/culture/nominations/:id/consent',
    {
      schema: {
        tags,
        summary: 'A co-nominating state’s coordinator joins a serial nomination',
        params: Id,
        body: ConsentBody,
        response: { 200: NominationDto },
      },
      preHandler: kernel.perms.require('culture.nomination.create'),
    },
    async (req) => nominations.consent(kernel, req.actor!, req.params.id, req.body.state),
  );

  app.post(
    '/culture/nominations/:id/submit',
    {
      schema: {
        tags,
        summary: 'Submit the nomination (the lead state’s coordinator, once every co-nominator consented)',
        params: Id,
        response: { 200: NominationDto },
      },
      preHandler: kernel.perms.require('culture.nomination.create'),
    },
    async (req) => nominations.submit(kernel, req.actor!, req.params.id),
  );

  app.post(
    '/culture/nominations/:id/completeness',
    {
      schema: {
        tags,
        summary: 'The Secretariat’s completeness check: complete, or returned with the missing parts',
        params: Id,
        body: CompletenessBody,
        response: { 200: NominationDto },
      },
      preHandler: kernel.perms.require('culture.nomination.check'),
    },
    async (req) => nominations.checkCompleteness(kernel, req.actor!, req.params.id, req.body),
  );

  app.post(
    '/culture/nominations/:id/propose',
    {
      schema: {
        tags,
        summary: 'Turn the recommendation into a draft decision of the programme’s body (the Secretariat)',
        params: Id,
        body: ProposeBody,
        response: { 200: NominationDto },
      },
      preHandler: kernel.perms.require('culture.nomination.check'),
    },
    async (req) => proposeDecision(kernel, req.actor!, req.params.id, req.body.recommendation),
  );

  app.get(
    '/culture/nominations/:id/parts/:fileId',
    {
      schema: {
        tags,
        summary: 'Download a file of the dossier',
        params: z.strictObject({ id: z.string().max(64), fileId: z.string().max(64) }),
      },
    },
    async (req, reply) =>
      sendFile(
        reply,
        kernel.db,
        await nominations.getPartFile(kernel, req.actor ?? null, req.params.id, req.params.fileId),
      ),
  );

  await withUploads(app, (scoped) =>
    scoped.post(
      '/culture/nominations/:id/parts',
      {
        schema: {
          tags,
          summary: 'Add a file for one part of the dossier (form fields `part` and `file`)',
          params: Id,
          consumes: ['multipart/form-data'],
          response: { 201: NominationDto },
        },
        preHandler: kernel.perms.require('culture.nomination.create'),
      },
      async (req, reply) => {
        const { file, fields } = await readUpload(req, nominations.dossierUse);
        if (!fields.part) throw CultureErrors.unknownPart({ part: '' });
        return reply
          .code(201)
          .send(await nominations.addPart(kernel, req.actor!, req.params.id, fields.part, file));
      },
    ),
  );
}
