import {
  ChangesDto,
  ChangesQuery,
  CodeParams,
  ImportBody,
  ImportDto,
  ImportParams,
  ImportPreviewDto,
  ImportQuery,
  RegimeBody,
  RegimeDto,
  RegimeListDto,
  RegimesQuery,
  RegimeUpdateBody,
  VisaMatrixDto,
  VisaMatrixQuery,
} from '../../../contracts/regimes';
import { sendCsv } from '../../core/http/csv';
import type { App, Kernel } from '../../core/module';
import { getImport, previewImport, startImport } from './imports.service';
import { COLUMNS, toCsvRow } from './regimes.csv';
import {
  createRegime,
  getRegime,
  listChanges,
  listRegimes,
  replaceRegime,
  visaMatrix,
} from './regimes.service';

/** A whole register as CSV: 100,000 regimes of about 400 bytes. */
const IMPORT_BODY_LIMIT = 64 * 1024 * 1024;
const EXPORT_LIMIT = 1_000_000;

/** The registry of special regimes under /api/v1/regimes: open reads, writes by mandate (ADR 0117-0119). */
export async function regimesRoutes(app: App, kernel: Kernel) {
  const tags = ['regimes'];
  const canWrite = kernel.perms.require('regimes.regime.write');
  const canImport = kernel.perms.require('regimes.import.run');

  app.get(
    '/regimes',
    {
      schema: {
        tags,
        summary: 'Regimes by state and type, and those in force on a day (the stock), with facet counts',
        querystring: RegimesQuery,
        response: { 200: RegimeListDto },
      },
    },
    async (req) => listRegimes(kernel, req.query),
  );

  app.get(
    '/regimes.csv',
    {
      schema: {
        tags,
        summary: 'Regimes as CSV, in the format the import reads',
        querystring: RegimesQuery.omit({ limit: true, offset: true }),
        produces: ['text/csv'],
      },
    },
    async (req, reply) => {
      const { items } = await listRegimes(kernel, { ...req.query, limit: EXPORT_LIMIT, offset: 0 });
      return sendCsv(reply, 'regimes.csv', COLUMNS, items.map(toCsvRow));
    },
  );

  app.get(
    '/regimes/changes',
    {
      schema: {
        tags,
        summary: 'Statuses reached between two days, both included (the flow)',
        querystring: ChangesQuery,
        response: { 200: ChangesDto },
      },
    },
    async (req) => listChanges(kernel, req.query),
  );

  app.get(
    '/regimes/visa-matrix',
    {
      schema: {
        tags,
        summary: 'Who admits whose nationals on a day, from the visa regimes in force',
        querystring: VisaMatrixQuery,
        response: { 200: VisaMatrixDto },
      },
    },
    async (req) => visaMatrix(kernel, req.query.on),
  );

  app.post(
    '/regimes/imports',
    {
      schema: {
        tags,
        summary: 'Import regimes from CSV (Secretariat); dryRun=true previews what would change',
        querystring: ImportQuery,
        body: ImportBody,
        response: { 200: ImportPreviewDto, 202: ImportDto },
      },
      bodyLimit: IMPORT_BODY_LIMIT,
      preHandler: canImport,
    },
    async (req, reply) =>
      req.query.dryRun
        ? reply.code(200).send(await previewImport(kernel, req.body.csv))
        : reply.code(202).send(
            await startImport(kernel, req.actor!, req.body.csv, {
              importGoodRows: req.query.importGoodRows,
            }),
          ),
  );

  app.get(
    '/regimes/imports/:id',
    {
      schema: {
        tags,
        summary: "An import's progress",
        params: ImportParams,
        response: { 200: ImportDto },
      },
      preHandler: canImport,
    },
    async (req) => getImport(kernel, req.params.id),
  );

  app.get(
    '/regimes/:code',
    {
      schema: {
        tags,
        summary: 'One regime with its status history',
        params: CodeParams,
        response: { 200: RegimeDto },
      },
    },
    async (req) => getRegime(kernel, req.params.code),
  );

  app.post(
    '/regimes',
    {
      schema: {
        tags,
        summary: "Record a regime (the Secretariat, or the coordinator of the regime's state)",
        body: RegimeBody,
        response: { 201: RegimeDto },
      },
      preHandler: canWrite,
    },
    async (req, reply) => reply.code(201).send(await createRegime(kernel, req.actor!, req.body)),
  );

  app.put(
    '/regimes/:code',
    {
      schema: {
        tags,
        summary: "Replace a regime's values and status history",
        params: CodeParams,
        body: RegimeUpdateBody,
        response: { 200: RegimeDto },
      },
      preHandler: canWrite,
    },
    async (req) => replaceRegime(kernel, req.actor!, req.params.code, req.body),
  );
}
