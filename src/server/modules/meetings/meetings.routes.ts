import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  AddAgendaItemBody,
  AgendaItemParams,
  CalendarBodyParams,
  CalendarQuery,
  CalendarStateParams,
  CreateMeetingBody,
  MeetingDto,
  MeetingParams,
  MeetingsQuery,
  MeetingSummaryDto,
  PatchMeetingBody,
  ReorderAgendaBody,
} from '../../../contracts/meetings';
import type { App, Kernel } from '../../core/module';
import { loadStates } from '../states';
import { renderCalendar } from './meetings.calendar';
import * as agenda from './meetings.agenda';
import * as service from './meetings.service';

const ICS_DESCRIPTION =
  'An RFC 5545 iCalendar feed (text/calendar) of public meetings, for subscription in calendar apps.';

/** A feed costs a full render; anonymous subscribers polling it may see a change this much later. */
const CALENDAR_CACHE_SECONDS = 30;

export async function meetingsRoutes(app: App, kernel: Kernel) {
  const tags = ['meetings'];
  const manage = kernel.perms.require('meetings.meeting.manage');

  app.get(
    '/meetings',
    {
      schema: {
        tags,
        summary:
          'Meetings and events by start date; restricted ones only for the Secretariat and member states',
        querystring: MeetingsQuery,
        response: { 200: z.object({ items: z.array(MeetingSummaryDto) }) },
      },
    },
    async (req) => service.listMeetings(kernel, req.actor, req.query),
  );

  app.post(
    '/meetings',
    {
      schema: {
        tags,
        summary: 'Plan a meeting (Secretariat)',
        body: CreateMeetingBody,
        response: { 201: MeetingDto },
      },
      preHandler: manage,
    },
    async (req, reply) => reply.code(201).send(await service.createMeeting(kernel, req.actor!, req.body)),
  );

  app.get(
    '/meetings/:id',
    {
      schema: {
        tags,
        summary: 'A meeting with its agenda and its minutes (decisions taken, statements of position)',
        params: MeetingParams,
        response: { 200: MeetingDto },
      },
    },
    async (req) => service.getMeeting(kernel, req.actor, req.params.id),
  );

  app.patch(
    '/meetings/:id',
    {
      schema: {
        tags,
        summary: 'Change a meeting (Secretariat)',
        params: MeetingParams,
        body: PatchMeetingBody,
        response: { 200: MeetingDto },
      },
      preHandler: manage,
    },
    async (req) => service.patchMeeting(kernel, req.actor!, req.params.id, req.body),
  );

  app.post(
    '/meetings/:id/agenda',
    {
      schema: {
        tags,
        summary: 'Append an item to the agenda, optionally linked to a draft decision (Secretariat)',
        params: MeetingParams,
        body: AddAgendaItemBody,
        response: { 201: MeetingDto },
      },
      preHandler: manage,
    },
    async (req, reply) =>
      reply.code(201).send(await service.addAgendaItem(kernel, req.actor!, req.params.id, req.body)),
  );

  app.delete(
    '/meetings/:id/agenda/:itemId',
    {
      schema: {
        tags,
        summary: 'Remove an item from a draft agenda; the items after it move up (Secretariat)',
        params: AgendaItemParams,
        response: { 200: MeetingDto },
      },
      preHandler: manage,
    },
    async (req) => agenda.removeAgendaItem(kernel, req.actor!, req.params.id, req.params.itemId),
  );

  app.put(
    '/meetings/:id/agenda/order',
    {
      schema: {
        tags,
        summary: 'Put a draft agenda in a new order, naming every item once (Secretariat)',
        params: MeetingParams,
        body: ReorderAgendaBody,
        response: { 200: MeetingDto },
      },
      preHandler: manage,
    },
    async (req) => agenda.reorderAgenda(kernel, req.actor!, req.params.id, req.body),
  );

  app.post(
    '/meetings/:id/agenda/publish',
    {
      schema: {
        tags,
        summary: 'Publish the agenda; it cannot change afterwards (Secretariat)',
        params: MeetingParams,
        response: { 200: MeetingDto },
      },
      preHandler: manage,
    },
    async (req) => agenda.publishAgenda(kernel, req.actor!, req.params.id),
  );

  app.post(
    '/meetings/:id/minutes/publish',
    {
      schema: {
        tags,
        summary:
          "Publish the minutes, from the meeting's last day on, once the agenda is published (Secretariat)",
        params: MeetingParams,
        response: { 200: MeetingDto },
      },
      preHandler: manage,
    },
    async (req) => agenda.publishMinutes(kernel, req.actor!, req.params.id),
  );

  const sendCalendar = async (
    req: FastifyRequest,
    reply: FastifyReply,
    filter: { body?: string; state?: string },
  ) => {
    const [meetings, states] = await Promise.all([
      service.listPublicMeetings(kernel, filter),
      loadStates(kernel.db),
    ]);
    const stateNames = new Map(states.map((s) => [s.code, s.name.en]));
    const scope = filter.body ?? (filter.state ? (stateNames.get(filter.state) ?? filter.state) : null);
    const text = renderCalendar(meetings, {
      baseUrl: `${req.protocol}://${req.host}`,
      name: scope ? `SCO meetings - ${scope}` : 'SCO meetings',
      stateNames,
    });
    return reply.type('text/calendar; charset=utf-8').send(text);
  };

  app.get(
    '/calendar.ics',
    {
      config: { publicCacheSeconds: CALENDAR_CACHE_SECONDS },
      schema: {
        tags,
        summary: 'Calendar feed of public meetings, optionally of one body or one state',
        description: ICS_DESCRIPTION,
        querystring: CalendarQuery,
      },
    },
    async (req, reply) => sendCalendar(req, reply, req.query),
  );

  app.get(
    '/calendar/bodies/:code.ics',
    {
      config: { publicCacheSeconds: CALENDAR_CACHE_SECONDS },
      schema: {
        tags,
        summary: "Calendar feed of one body's public meetings",
        description: ICS_DESCRIPTION,
        params: CalendarBodyParams,
      },
    },
    async (req, reply) => sendCalendar(req, reply, { body: req.params.code }),
  );

  app.get(
    '/calendar/states/:code.ics',
    {
      config: { publicCacheSeconds: CALENDAR_CACHE_SECONDS },
      schema: {
        tags,
        summary: 'Calendar feed of the public meetings a state hosts or takes part in',
        description: ICS_DESCRIPTION,
        params: CalendarStateParams,
      },
    },
    async (req, reply) => sendCalendar(req, reply, { state: req.params.code }),
  );
}
