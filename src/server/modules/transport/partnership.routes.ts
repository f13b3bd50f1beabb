import { z } from 'zod';
import { PartnerApplicationBody, PartnerDto, PartnerIndicatorBody } from '../../../contracts/transport';
import type { App, Kernel } from '../../core/module';
import { applyToJoin, getPartner, listPartners, recordIndicators } from './partnership.service';

const IdParams = z.strictObject({ id: z.string().max(64) });

/** The partnership network of strategic ports and logistics centres, under /api/v1/transport/partners. */
export async function partnershipRoutes(app: App, kernel: Kernel) {
  const tags = ['transport'];
  const can = kernel.perms.require('transport.partner.apply');

  app.get(
    '/transport/partners',
    {
      schema: {
        tags,
        summary: 'Members of the partnership network and applications, with their terms and indicators',
        querystring: z.strictObject({ status: PartnerDto.shape.status.optional() }),
        response: { 200: z.object({ items: z.array(PartnerDto) }) },
      },
    },
    async (req) => ({ items: await listPartners(kernel, req.query) }),
  );

  app.get(
    '/transport/partners/:id',
    {
      schema: {
        tags,
        summary: 'One partner or application',
        params: IdParams,
        response: { 200: PartnerDto },
      },
    },
    async (req) => getPartner(kernel, req.params.id),
  );

  app.post(
    '/transport/partners',
    {
      schema: {
        tags,
        summary:
          "Apply for a port or logistics centre to join (its state's coordinator); opens the member states' decision",
        body: PartnerApplicationBody,
        response: { 201: PartnerDto },
      },
      preHandler: can,
    },
    async (req, reply) => reply.code(201).send(await applyToJoin(kernel, req.actor!, req.body)),
  );

  app.post(
    '/transport/partners/:id/indicators',
    {
      schema: {
        tags,
        summary:
          "A member's indicators of one year, with their source (its state's coordinator or the Secretariat)",
        params: IdParams,
        body: PartnerIndicatorBody,
        response: { 201: PartnerDto },
      },
      preHandler: can,
    },
    async (req, reply) =>
      reply.code(201).send(await recordIndicators(kernel, req.actor!, req.params.id, req.body)),
  );
}
