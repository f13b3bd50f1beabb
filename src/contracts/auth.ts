import { z } from 'zod';
import { StateCode, IsoDate, onBehalfOf } from './common';

export const Role = z.enum([
  'secretariat_admin',
  'secretariat_officer',
  'national_coordinator',
  'delegate',
  'observer',
  'cert_analyst',
  'cyber_coordinator',
  'defence_contact',
  'grant_authority',
  'admissions_officer',
]);
export type Role = z.infer<typeof Role>;

export const Email = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email())
  .meta({ example: 'coordinator.kz@example.org' });

export const LoginBody = z.strictObject({
  email: Email,
  password: z.string().min(1).max(1024),
});
export type LoginBody = z.infer<typeof LoginBody>;

export const MandateDto = z
  .object({
    id: z.string(),
    state: StateCode.nullable().describe('null: acts for the Secretariat'),
    role: Role,
    validFrom: IsoDate,
    validTo: IsoDate.nullable(),
  })
  .meta({ id: 'Mandate' });
export type MandateDto = z.infer<typeof MandateDto>;

export const MeDto = z
  .object({
    id: z.string(),
    email: z.string(),
    displayName: z.string(),
    mandates: z.array(MandateDto),
    csrfToken: z.string().nullable().describe('send as X-CSRF-Token on writes made with the session cookie'),
  })
  .meta({ id: 'Me' });
export type MeDto = z.infer<typeof MeDto>;

export const CreateTokenBody = z.strictObject({
  email: Email,
  password: z.string().min(1).max(1024),
  label: z.string().trim().min(1).max(100),
});

export const TokenCreatedDto = z.object({
  id: z.string(),
  token: z.string(),
  label: z.string(),
  createdAt: z.string(),
});

export const TokenDto = z.object({
  id: z.string(),
  label: z.string(),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
});

export const UserDto = z
  .object({
    id: z.string(),
    email: z.string(),
    displayName: z.string(),
    disabled: z.boolean(),
    createdAt: z.string(),
    mandates: z.array(MandateDto),
  })
  .meta({ id: 'User' });
export type UserDto = z.infer<typeof UserDto>;

export const CreateUserBody = z.strictObject({
  email: Email,
  displayName: z.string().trim().min(1).max(200),
  password: z.string().min(12, 'at least 12 characters').max(1024),
});

export const GrantMandateBody = z
  .strictObject({
    state: onBehalfOf(StateCode.nullable()),
    role: Role,
    validFrom: IsoDate,
    validTo: IsoDate.nullable().optional(),
  })
  .refine((m) => !m.validTo || m.validTo >= m.validFrom, {
    message: 'validTo is before validFrom',
    path: ['validTo'],
  })
  .refine(
    (m) =>
      m.role === 'secretariat_admin' || m.role === 'secretariat_officer' || m.role === 'cyber_coordinator'
        ? m.state === null
        : true,
    { message: 'a Secretariat role takes no state', path: ['state'] },
  )
  .refine(
    (m) =>
      m.role === 'national_coordinator' ||
      m.role === 'delegate' ||
      m.role === 'cert_analyst' ||
      m.role === 'grant_authority' ||
      m.role === 'admissions_officer'
        ? m.state !== null
        : true,
    {
      message: 'this role acts for a state',
      path: ['state'],
    },
  )
  .meta({ example: { state: 'KZ', role: 'delegate', validFrom: '2026-03-01', validTo: null } });
export type GrantMandateBody = z.infer<typeof GrantMandateBody>;
