import { z } from 'zod';
import {
  AdmissionStepDto,
  BodyDto,
  RecordApplicationBody,
  ChairmanshipDto,
  StateContactDto,
  StateDto,
  OwnStateParams,
  ApplicantParams,
  StateParams,
  StatesQuery,
  StateSummaryDto,
  UpdateContactBody,
} from '../../../contracts/states';
import { sendJsonText } from '../../core/http/json';
import type { App, Kernel } from '../../core/module';
import {
  getState,
  listBodies,
  listChairmanships,
  loadStates,
  recordApplication,
  statesCache,
  updateContact,
} from './states.service';

export async function statesRoutes(app: App, kernel: Kernel) {
  const cache = statesCache(kernel.db);
  const tags = ['states'];

  app.get(
    '/states',
    {
      schema: {
        tags,
        summary: 'Member states, partners and applicants with their current status',
        querystring: StatesQuery,
        response: { 200: z.object({ items: z.array(StateSummaryDto) }) },
      },
    },
    async (req, reply) =>
      sendJsonText(reply, await cache.listJson(() => loadStates(kernel.db), req.query.status)),
  );

  app.get(
    '/states/:code',
    {
      schema: {
        tags,
        summary: 'One state with its dated, sourced status history',
        params: StateParams,
        response: { 200: StateDto },
      },
    },
    async (req) => getState(kernel.db, req.params.code),
  );

  app.put(
    '/states/:code/contact',
    {
      schema: {
        tags,
        summary: "Update the state's national contact point (its national coordinator or the Secretariat)",
        params: OwnStateParams,
        body: UpdateContactBody,
        response: { 200: StateContactDto },
      },
      preHandler: kernel.perms.require('states.contact.update'),
    },
    async (req) => updateContact(kernel, req.actor, req.params.code, req.body),
  );

  app.post(
    '/states/:code/applications',
    {
      schema: {
        tags,
        summary: "Record a state's official request to join (Secretariat): the first step of admission",
        params: ApplicantParams,
        body: RecordApplicationBody,
        response: { 201: AdmissionStepDto },
      },
      preHandler: kernel.perms.require('states.admission.record'),
    },
    async (req, reply) =>
      reply.code(201).send(await recordApplication(kernel, req.actor!, req.params.code, req.body)),
  );

  app.get(
    '/bodies',
    {
      schema: {
        tags,
        summary: 'The bodies of the SCO (Charter Art. 4)',
        response: { 200: z.object({ items: z.array(BodyDto) }) },
      },
    },
    async () => ({ items: await listBodies(kernel.db) }),
  );

  app.get(
    '/chairmanships',
    {
      schema: {
        tags,
        summary: 'Chairmanship history, summit to summit',
        response: { 200: z.object({ items: z.array(ChairmanshipDto) }) },
      },
    },
    async () => ({ items: await listChairmanships(kernel.db) }),
  );
}
