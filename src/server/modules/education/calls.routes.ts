import { z } from 'zod';
import {
  ApplicantBody,
  ApplicantDto,
  ApplicationBody,
  ApplicationDto,
  CallBody,
  CallDto,
  CallOverviewDto,
  NominationBody,
  OfferBody,
  OfferDto,
  OutboxMailDto,
  VerifyBody,
} from '../../../contracts/education';
import type { App, Kernel } from '../../core/module';
import {
  apply,
  eraseOwnData,
  exportOwnData,
  getApplicant,
  outbox,
  signUp,
  verifyEmail,
} from './applicants.service';
import { callOverview, createCall, getCall, listCalls } from './calls.service';
import { acceptOffer, getApplication, listApplicationsFor, makeOffer, nominate } from './stage.service';

const IdParams = z.strictObject({ id: z.string().max(64) });

/** Grant calls, applicants, the national stage and offers, under /api/v1/education. */
export async function callRoutes(app: App, kernel: Kernel) {
  const tags = ['education'];
  const signedIn = kernel.perms.requireSignedIn();

  app.get(
    '/education/calls',
    {
      schema: {
        tags,
        summary: 'Grant calls with their quotas used per state',
        response: { 200: z.object({ items: z.array(CallDto) }) },
      },
    },
    async () => ({ items: await listCalls(kernel) }),
  );

  app.post(
    '/education/calls',
    {
      schema: {
        tags,
        summary: 'Opens a grant call with a hard quota per sending state (the Secretariat)',
        body: CallBody,
        response: { 201: CallDto },
      },
      preHandler: kernel.perms.require('education.call.create'),
    },
    async (req, reply) => reply.code(201).send(await createCall(kernel, req.actor!, req.body)),
  );

  app.get(
    '/education/calls/:id',
    {
      schema: {
        tags,
        summary: 'One call, with the places offered and the quotas used per state',
        params: IdParams,
        response: { 200: CallDto },
      },
    },
    async (req) => getCall(kernel, req.params.id),
  );

  app.get(
    '/education/calls/:id/overview',
    {
      schema: {
        tags,
        summary:
          "The Secretariat's overview: applications, quotas used and awards per state and programme (counts)",
        params: IdParams,
        response: { 200: CallOverviewDto },
      },
      preHandler: kernel.perms.require('education.call.overview'),
    },
    async (req) => callOverview(kernel, req.params.id),
  );

  app.get(
    '/education/calls/:id/applications',
    {
      schema: {
        tags,
        summary:
          "The applications the caller may read: their own, their state's (ranking screen), or the dossiers sent to their university",
        params: IdParams,
        response: { 200: z.object({ items: z.array(ApplicationDto) }) },
      },
      preHandler: signedIn,
    },
    async (req) => ({ items: await listApplicationsFor(kernel, req.actor, req.params.id) }),
  );

  app.post(
    '/education/calls/:id/applications',
    {
      schema: {
        tags,
        summary: 'Applies to an open call (a verified applicant), with ranked choices',
        params: IdParams,
        body: ApplicationBody,
        response: { 201: ApplicationDto },
      },
      preHandler: signedIn,
    },
    async (req, reply) => reply.code(201).send(await apply(kernel, req.actor!, req.params.id, req.body)),
  );

  app.post(
    '/education/calls/:id/nominations',
    {
      schema: {
        tags,
        summary:
          "A state's grant authority submits its ranked list within the state's quota (409 over quota)",
        params: IdParams,
        body: NominationBody,
        response: {
          200: z.object({
            callId: z.string(),
            state: z.string(),
            quota: z.number().int(),
            nominated: z.number().int(),
          }),
        },
      },
      preHandler: kernel.perms.require('education.nomination.submit'),
    },
    async (req) => nominate(kernel, req.actor!, req.params.id, req.body),
  );

  app.get(
    '/education/applications/:id',
    {
      schema: {
        tags,
        summary: 'One application, for those who may read it',
        params: IdParams,
        response: { 200: ApplicationDto },
      },
      preHandler: signedIn,
    },
    async (req) => getApplication(kernel, req.actor, req.params.id),
  );

  app.post(
    '/education/applications/:id/offers',
    {
      schema: {
        tags,
        summary: 'A host university offers a place to a nominated applicant',
        params: IdParams,
        body: OfferBody,
        response: { 201: OfferDto },
      },
      preHandler: kernel.perms.require('education.offer.make'),
    },
    async (req, reply) =>
      reply.code(201).send(await makeOffer(kernel, req.actor!, req.params.id, req.body.programmeId)),
  );

  app.post(
    '/education/offers/:id/accept',
    {
      schema: {
        tags,
        summary: 'The applicant accepts an offer; their other offers are declined',
        params: IdParams,
        response: { 200: ApplicationDto },
      },
      preHandler: signedIn,
    },
    async (req) => acceptOffer(kernel, req.actor!, req.params.id),
  );

  app.post(
    '/education/applicants',
    {
      schema: {
        tags,
        summary: 'A student signs up; a verification mail follows (SMTP, or the local outbox)',
        body: ApplicantBody,
        response: { 201: ApplicantDto },
      },
    },
    async (req, reply) => reply.code(201).send(await signUp(kernel, req.body)),
  );

  app.post(
    '/education/applicants/verify',
    {
      schema: {
        tags,
        summary: "Verifies an applicant's email address with the mailed token",
        body: VerifyBody,
        response: { 200: ApplicantDto },
      },
    },
    async (req) => verifyEmail(kernel, req.body.token),
  );

  app.get(
    '/education/applicants/me',
    {
      schema: { tags, summary: "The signed-in applicant's profile", response: { 200: ApplicantDto } },
      preHandler: signedIn,
    },
    async (req) => getApplicant(kernel, req.actor!.userId),
  );

  app.get(
    '/education/applicants/me/export',
    {
      schema: {
        tags,
        summary: 'Everything the platform holds about the signed-in applicant',
        response: { 200: z.object({ applicant: ApplicantDto, applications: z.array(ApplicationDto) }) },
      },
      preHandler: signedIn,
    },
    async (req) => exportOwnData(kernel, req.actor!),
  );

  app.post(
    '/education/applicants/me/erasure',
    {
      schema: {
        tags,
        summary: "Erases the applicant's personal data once their calls have closed; award counts stay",
        response: { 200: z.object({ erasedApplications: z.number().int() }) },
      },
      preHandler: signedIn,
    },
    async (req) => eraseOwnData(kernel, req.actor!),
  );

  app.get(
    '/education/outbox',
    {
      schema: {
        tags,
        summary: 'The local outbox: mail addressed to the signed-in user (when no SMTP is configured)',
        response: { 200: z.object({ items: z.array(OutboxMailDto) }) },
      },
      preHandler: signedIn,
    },
    async (req) => ({ items: await outbox(kernel, req.actor!) }),
  );
}
