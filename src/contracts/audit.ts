import { z } from 'zod';

export const AuditEntryDto = z
  .object({
    seq: z.number().int(),
    id: z.string(),
    at: z.string(),
    actorUserId: z.string().nullable(),
    actorEmail: z.string().nullable(),
    actingFor: z.string().nullable(),
    action: z.string(),
    targetType: z.string(),
    targetId: z.string(),
    data: z.record(z.string(), z.unknown()),
    hash: z.string(),
  })
  .meta({ id: 'AuditEntry' });
export type AuditEntryDto = z.infer<typeof AuditEntryDto>;

export const AuditQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  beforeSeq: z.coerce.number().int().min(1).optional(),
  actor: z.string().trim().max(320).optional().describe('the email of the user who acted'),
  actingFor: z.string().max(20).optional(),
  action: z.string().max(100).optional(),
  targetType: z.string().max(50).optional(),
  targetId: z.string().max(64).optional(),
  from: z.iso.date().optional().describe('entries on or after this UTC day'),
  to: z.iso.date().optional().describe('entries on or before this UTC day'),
});
export type AuditQuery = z.infer<typeof AuditQuery>;

export const AuditVerifyDto = z
  .object({
    ok: z.boolean(),
    checked: z.number().int(),
    firstBroken: z.object({ seq: z.number(), id: z.string(), at: z.string(), action: z.string() }).nullable(),
    reason: z.string().nullable(),
  })
  .meta({ id: 'AuditVerification' });
