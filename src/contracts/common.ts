import { z } from 'zod';

/** Content in the platform's three languages. Russian and Chinese are the SCO's official languages. */
export const Localized = z
  .object({ en: z.string(), ru: z.string(), zh: z.string() })
  .meta({ id: 'Localized' });
export type Localized = z.infer<typeof Localized>;

export const ContentLanguage = z.enum(['en', 'ru', 'zh']);
export type ContentLanguage = z.infer<typeof ContentLanguage>;

/**
 * Stored reference content (source notes, places, summit names) in three languages, saying which
 * versions are the platform's own working translation rather than taken from a source (ADR 0079). An
 * empty version has not been written yet: the reader gets English.
 */
export const TranslatedText = Localized.extend({
  working: z
    .array(ContentLanguage)
    .optional()
    .describe('the versions the platform translated itself; shown marked, never as sourced'),
}).meta({
  id: 'TranslatedText',
  example: { en: 'Tianjin', ru: 'Тяньцзинь', zh: '天津', working: ['ru'] },
});
export type TranslatedText = z.infer<typeof TranslatedText>;

/** English from a source, Russian and Chinese translated by the platform. */
export function workingTranslation(en: string, ru: string, zh: string): TranslatedText {
  return { en, ru, zh, working: ['ru', 'zh'] };
}

/** Text given in one language only (legacy rows, a plain string in a request): the others fall back to it. */
export function untranslated(en: string): TranslatedText {
  return { en, ru: '', zh: '' };
}

/**
 * How a request field that names a state (or an organisation of a state) is read by the kernel's
 * authorization: `actsFor` fields are a claim to act for that state, checked against the caller's
 * mandates before the handler runs (ADR 0031); `secretariat` lets the Secretariat name any state there,
 * on the states' behalf. `actsFor: false` marks a field that only names states (participants, a filter).
 */
export interface StateField {
  actsFor: boolean;
  secretariat?: boolean;
  /** The value may also be an organisation's id; the organisation's country is the state claimed. */
  party?: boolean;
  /** Why a field only names states: shown by the authorization matrix. */
  reason?: string;
}
export const stateFields = z.registry<StateField>();

// Both markers register a copy, never the shared StateCode itself.

/** Marks a field as naming states without acting for them (participants, the states involved). */
export function namesStates<T extends z.ZodType>(schema: T, reason: string): T {
  const copy = schema.clone() as T;
  stateFields.add(copy, { actsFor: false, reason });
  return copy;
}

/** Marks a field whose states the Secretariat may name on their behalf; anyone else only their own. */
export function onBehalfOf<T extends z.ZodType>(schema: T): T {
  const copy = schema.clone() as T;
  stateFields.add(copy, { actsFor: true, secretariat: true });
  return copy;
}

/**
 * ISO 3166-1 alpha-2, upper case. In a request body it is a claim to act for that state unless the
 * field is marked with `namesStates` (ADR 0031).
 */
export const StateCode = z
  .string()
  .regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code in upper case')
  .meta({ id: 'StateCode', example: 'KZ' })
  .register(stateFields, { actsFor: true });

/** A calendar date; the reference data keeps a partial date (year, or year and month) when that is all a source gives. */
export const PartialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'YYYY, YYYY-MM or YYYY-MM-DD')
  .meta({ id: 'PartialDate', example: '2001-06-15' });

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
