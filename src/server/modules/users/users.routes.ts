import { z } from 'zod';
import { CreateUserBody, GrantMandateBody, MandateDto, UserDto } from '../../../contracts/auth';
import { createUser, getUser, grantMandate, listUsers } from '../../core/auth/users.service';
import type { App, Kernel } from '../../core/module';
import { stateExists } from '../states';

const UserParams = z.strictObject({ id: z.string().max(64) });

export async function usersRoutes(app: App, kernel: Kernel) {
  const tags = ['users'];
  const deps = {
    db: kernel.db,
    audit: kernel.audit,
    stateExists: (code: string) => stateExists(kernel.db, code),
  };

  app.get(
    '/users',
    {
      schema: {
        tags,
        summary: 'Users and their mandates (Secretariat)',
        response: { 200: z.object({ items: z.array(UserDto) }) },
      },
      preHandler: kernel.perms.require('identity.user.read'),
    },
    async () => ({ items: await listUsers(kernel.db) }),
  );

  app.post(
    '/users',
    {
      schema: {
        tags,
        summary: 'Create a user (Secretariat administrators)',
        body: CreateUserBody,
        response: { 201: UserDto },
      },
      preHandler: kernel.perms.require('identity.user.create'),
    },
    async (req, reply) => reply.code(201).send(await createUser(deps, req.actor, req.body)),
  );

  app.get(
    '/users/:id',
    {
      schema: {
        tags,
        summary: 'One user (the Secretariat, or the user themself)',
        params: UserParams,
        response: { 200: UserDto },
      },
      preHandler: kernel.perms.requireSignedIn(),
    },
    async (req) => getUser(kernel.db, req.actor!, req.params.id),
  );

  app.post(
    '/users/:id/mandates',
    {
      schema: {
        tags,
        summary:
          'Grant a dated mandate (administrators: any; national coordinators: delegates and observers of their state)',
        params: UserParams,
        body: GrantMandateBody,
        response: { 201: MandateDto },
      },
      preHandler: kernel.perms.require('identity.mandate.grant'),
    },
    async (req, reply) => reply.code(201).send(await grantMandate(deps, req.actor!, req.params.id, req.body)),
  );
}
