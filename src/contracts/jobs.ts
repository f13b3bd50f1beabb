import { z } from 'zod';

export const ParkedDeliveryDto = z
  .object({
    id: z.string(),
    eventId: z.string(),
    event: z.string(),
    handler: z.string(),
    attempts: z.number().int(),
    lastError: z.string().nullable(),
    emittedAt: z.string(),
    parkedAt: z.string().nullable(),
    payload: z.unknown(),
  })
  .meta({ id: 'ParkedDelivery' });
export type ParkedDeliveryDto = z.infer<typeof ParkedDeliveryDto>;

export const ParkedQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const DeliveryParams = z.strictObject({ id: z.string().min(1).max(64) });
