import { z } from 'zod';
import {
  AgreementDto,
  AwardStatDto,
  OfficerBody,
  ProgrammeBody,
  ProgrammeDto,
  ProgrammeQuery,
  UniversityBody,
  UniversityDto,
} from '../../../contracts/education';
import { namesStates, StateCode } from '../../../contracts/common';
import { sendCsv } from '../../core/http/csv';
import type { App, Kernel } from '../../core/module';
import { awardStatistics } from './calls.service';
import {
  addOfficer,
  addProgramme,
  addUniversity,
  getUniversity,
  listAgreements,
  listProgrammes,
  listUniversities,
} from './network.service';

const IdParams = z.strictObject({ id: z.string().max(64) });
const CountryQuery = z.strictObject({ country: namesStates(StateCode, 'a filter').optional() });

/** The SCO University network and its open data, under /api/v1/education. */
export async function networkRoutes(app: App, kernel: Kernel) {
  const tags = ['education'];
  const edit = kernel.perms.require('education.network.edit');

  app.get(
    '/education/universities',
    {
      schema: {
        tags,
        summary: 'The universities of the SCO University network (open data)',
        querystring: CountryQuery,
        response: { 200: z.object({ items: z.array(UniversityDto) }) },
      },
    },
    async (req) => ({ items: await listUniversities(kernel, req.query.country) }),
  );

  app.get(
    '/education/universities.csv',
    { schema: { tags, summary: 'The universities as CSV (open data)', produces: ['text/csv'] } },
    async (_req, reply) =>
      sendCsv(
        reply,
        'education-universities.csv',
        ['id', 'country', 'name_en', 'name_ru', 'name_zh', 'isced_f_fields', 'demo'],
        (await listUniversities(kernel)).map((u) => [
          u.id,
          u.country,
          u.name.en,
          u.name.ru,
          u.name.zh,
          u.fields.join(' '),
          u.demo,
        ]),
      ),
  );

  app.get(
    '/education/universities/:id',
    {
      schema: { tags, summary: 'One university', params: IdParams, response: { 200: UniversityDto } },
    },
    async (req) => getUniversity(kernel, req.params.id),
  );

  app.post(
    '/education/universities',
    {
      schema: {
        tags,
        summary: "A university joins the network (its state's coordinator, or the Secretariat)",
        body: UniversityBody,
        response: { 201: UniversityDto },
      },
      preHandler: edit,
    },
    async (req, reply) => reply.code(201).send(await addUniversity(kernel, req.actor!, req.body)),
  );

  app.post(
    '/education/universities/:id/programmes',
    {
      schema: {
        tags,
        summary: "A programme of a university (its state's coordinator, or the Secretariat)",
        params: IdParams,
        body: ProgrammeBody,
        response: { 201: ProgrammeDto },
      },
      preHandler: edit,
    },
    async (req, reply) =>
      reply.code(201).send(await addProgramme(kernel, req.actor!, req.params.id, req.body)),
  );

  app.post(
    '/education/universities/:id/officers',
    {
      schema: {
        tags,
        summary: "Names an admissions officer of a university (its state's coordinator, or the Secretariat)",
        params: IdParams,
        body: OfficerBody,
        response: { 201: UniversityDto },
      },
      preHandler: edit,
    },
    async (req, reply) =>
      reply.code(201).send(await addOfficer(kernel, req.actor!, req.params.id, req.body.userId)),
  );

  app.get(
    '/education/programmes',
    {
      schema: {
        tags,
        summary: 'Programmes by field (ISCED-F 2013), level (EQF), language (BCP 47) and country (open data)',
        querystring: ProgrammeQuery,
        response: { 200: z.object({ items: z.array(ProgrammeDto) }) },
      },
    },
    async (req) => ({ items: await listProgrammes(kernel, req.query) }),
  );

  app.get(
    '/education/programmes.csv',
    {
      schema: {
        tags,
        summary: 'Programmes as CSV, with the same filters (open data)',
        querystring: ProgrammeQuery,
        produces: ['text/csv'],
      },
    },
    async (req, reply) =>
      sendCsv(
        reply,
        'education-programmes.csv',
        [
          'id',
          'university_id',
          'country',
          'title_en',
          'title_ru',
          'title_zh',
          'isced_f',
          'eqf',
          'language',
          'duration_months',
          'places',
          'demo',
        ],
        (await listProgrammes(kernel, req.query)).map((p) => [
          p.id,
          p.universityId,
          p.country,
          p.title.en,
          p.title.ru,
          p.title.zh,
          p.field,
          p.level,
          p.language,
          p.durationMonths,
          p.places,
          p.demo,
        ]),
      ),
  );

  app.get(
    '/education/agreements',
    {
      schema: {
        tags,
        summary:
          'Inter-university agreements, one entry per direction with its mobilities per year (open data)',
        response: { 200: z.object({ items: z.array(AgreementDto) }) },
      },
    },
    async () => ({ items: await listAgreements(kernel) }),
  );

  app.get(
    '/education/statistics/awards',
    {
      schema: {
        tags,
        summary: 'Awards per sending state, field and level: counts only, never a person (open data)',
        response: { 200: z.object({ items: z.array(AwardStatDto) }) },
      },
    },
    async () => ({ items: await awardStatistics(kernel) }),
  );
}
