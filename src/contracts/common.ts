import { z } from 'zod';

/** Content in the platform's three languages. Russian and Chinese are the SCO's official languages. */
export const Localized = z
  .object({ en: z.string(), ru: z.string(), zh: z.string() })
  .meta({ id: 'Localized' });
export type Localized = z.infer<typeof Localized>;

export const ContentLanguage = z.enum(['en', 'ru', 'zh']);
export type ContentLanguage = z.infer<typeof ContentLanguage>;

/** ISO 3166-1 alpha-2, upper case. */
export const StateCode = z
  .string()
  .regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code in upper case')
  .meta({ id: 'StateCode', example: 'KZ' });

/** A calendar date; the reference data keeps a partial date (year, or year and month) when that is all a source gives. */
export const PartialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'YYYY, YYYY-MM or YYYY-MM-DD')
  .meta({ id: 'PartialDate' });

export const IsoDate = z.iso.date().meta({ id: 'IsoDate' });
export const Instant = z.iso.datetime({ offset: true });

export const ProblemDto = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    code: z.string(),
    detail: z.string().optional(),
    params: z.record(z.string(), z.unknown()),
    requestId: z.string(),
    errors: z.array(z.object({ pointer: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details' });
export type ProblemDto = z.infer<typeof ProblemDto>;
