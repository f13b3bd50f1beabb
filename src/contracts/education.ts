import { z } from 'zod';
import { Instant, IsoDate, Localized, namesStates, onBehalfOf, StateCode } from './common';

/**
 * Education and youth (issue 12): the SCO University network of universities and programmes, and
 * grant calls run the way the Chinese and Russian government scholarships are: an applicant goes
 * through their own state, whose authority ranks them within the quota set for that state, and the host
 * universities make offers within their places.
 */

/** ISCED-F 2013: a broad (2 digits), narrow (3) or detailed (4) field of education and training. */
export const IscedField = z
  .string()
  .regex(/^\d{2,4}$/, 'an ISCED-F 2013 field code of 2 to 4 digits')
  .meta({ id: 'IscedField', example: '0613' });
/** A level of the European Qualifications Framework: 6 bachelor, 7 master, 8 doctorate. */
export const EqfLevel = z.coerce.number().int().min(1).max(8).meta({ id: 'EqfLevel', example: 7 });
/** A BCP 47 language tag. */
export const LanguageTag = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'a BCP 47 language tag such as ru or zh-CN')
  .meta({ id: 'LanguageTag', example: 'ru' });
export const CefrLevel = z.enum(['A1', 'A2', 'B1', 'B2', 'C1', 'C2']).meta({ id: 'CefrLevel' });
const Id = z.string().min(1).max(64).meta({ example: '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b' });
const Country = namesStates(StateCode, 'the country of a university or an applicant, not a claim');

export const UniversityDto = z
  .object({
    id: z.string(),
    country: Country,
    name: Localized,
    fields: z.array(IscedField),
    demo: z.boolean().describe('demo content, never loaded in production'),
  })
  .meta({ id: 'EducationUniversity' });
export type UniversityDto = z.infer<typeof UniversityDto>;

export const UniversityBody = z
  .strictObject({
    country: onBehalfOf(StateCode).describe("the university's state: its coordinator proposes it"),
    name: Localized,
    fields: z.array(IscedField).min(1).max(30),
  })
  .meta({
    example: {
      country: 'KZ',
      name: { en: 'A university', ru: 'Университет', zh: '大学' },
      fields: ['0613'],
    },
  });

export const ProgrammeDto = z
  .object({
    id: z.string(),
    universityId: z.string(),
    country: Country,
    title: Localized,
    field: IscedField,
    level: z.number().int(),
    language: LanguageTag,
    durationMonths: z.number().int(),
    places: z.number().int(),
    demo: z.boolean(),
  })
  .meta({ id: 'EducationProgramme' });
export type ProgrammeDto = z.infer<typeof ProgrammeDto>;

export const ProgrammeBody = z
  .strictObject({
    title: Localized,
    field: IscedField,
    level: EqfLevel,
    language: LanguageTag,
    durationMonths: z.number().int().min(1).max(120),
    places: z.number().int().min(0).max(10_000),
  })
  .meta({
    example: {
      title: { en: 'Information technology', ru: 'Информационные технологии', zh: '信息技术' },
      field: '0613',
      level: 7,
      language: 'ru',
      durationMonths: 24,
      places: 10,
    },
  });

export const ProgrammeQuery = z.strictObject({
  field: IscedField.optional().describe(
    'an ISCED-F code; a broad or narrow code matches its detailed fields',
  ),
  level: EqfLevel.optional(),
  language: LanguageTag.optional(),
  country: namesStates(StateCode, 'a filter').optional(),
});

export const OfficerBody = z
  .strictObject({ userId: Id })
  .meta({ example: { userId: '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b' } });

/** One direction of an inter-institutional agreement, as in Erasmus Without Paper's IIAs. */
export const AgreementDto = z
  .object({
    id: z.string(),
    sendingUniversityId: z.string(),
    receivingUniversityId: z.string(),
    field: IscedField,
    level: z.number().int(),
    academicYear: z.string().describe('e.g. 2026/2027'),
    mobilitiesPerYear: z.number().int(),
    demo: z.boolean(),
  })
  .meta({ id: 'EducationAgreement' });

export const CallDto = z
  .object({
    id: z.string(),
    title: Localized,
    fields: z.array(IscedField),
    levels: z.array(z.number().int()),
    places: z.array(
      z.object({ programmeId: z.string(), places: z.number().int(), offered: z.number().int() }),
    ),
    quotas: z.array(
      z.object({
        state: Country,
        quota: z.number().int(),
        nominated: z.number().int(),
        awarded: z.number().int(),
      }),
    ),
    maxChoices: z.number().int(),
    minLanguageLevel: CefrLevel.nullable(),
    opensAt: Instant,
    closesAt: Instant,
    nominationDeadline: Instant,
    status: z.enum(['upcoming', 'open', 'national_stage', 'award_stage']),
  })
  .meta({ id: 'EducationCall' });
export type CallDto = z.infer<typeof CallDto>;

export const CallBody = z
  .strictObject({
    title: Localized,
    fields: z.array(IscedField).min(1).max(30),
    levels: z.array(EqfLevel).min(1).max(8),
    places: z
      .array(z.strictObject({ programmeId: Id, places: z.number().int().min(1).max(10_000) }))
      .min(1)
      .max(2000),
    quotas: z
      .record(
        namesStates(StateCode, 'the quota of each sending state, set by the Secretariat'),
        z.number().int().min(0).max(100_000),
      )
      .refine((q) => Object.keys(q).length > 0, 'at least one sending state'),
    maxChoices: z.number().int().min(1).max(6).default(6),
    minLanguageLevel: CefrLevel.nullable().default(null),
    opensAt: Instant,
    closesAt: Instant,
    nominationDeadline: Instant,
  })
  .refine((c) => c.opensAt < c.closesAt && c.closesAt < c.nominationDeadline, {
    message: 'opensAt < closesAt < nominationDeadline',
    path: ['closesAt'],
  })
  .meta({
    example: {
      title: {
        en: 'SCO University grants 2027',
        ru: 'Гранты Университета ШОС 2027',
        zh: '上合大学奖学金2027',
      },
      fields: ['0613'],
      levels: [7],
      places: [{ programmeId: '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b', places: 5 }],
      quotas: { KZ: 10, CN: 10 },
      opensAt: '2027-01-10T00:00:00Z',
      closesAt: '2027-03-01T00:00:00Z',
      nominationDeadline: '2027-04-01T00:00:00Z',
    },
  });

export const ApplicantBody = z
  .strictObject({
    email: z.string().trim().toLowerCase().pipe(z.email()),
    displayName: z.string().trim().min(1).max(200),
    password: z.string().min(12).max(200),
    nationality: namesStates(StateCode, 'the applicant’s nationality, not a claim'),
    birthDate: IsoDate,
  })
  .meta({
    example: {
      email: 'student.kz@example.org',
      displayName: 'A student',
      password: 'a-long-student-password',
      nationality: 'KZ',
      birthDate: '2001-05-20',
    },
  });

export const VerifyBody = z
  .strictObject({ token: z.string().min(10).max(200) })
  .meta({ example: { token: 'the-token-from-the-verification-mail' } });

export const ApplicantDto = z
  .object({
    userId: z.string(),
    email: z.string(),
    displayName: z.string(),
    nationality: Country,
    birthDate: z.string(),
    verified: z.boolean(),
  })
  .meta({ id: 'EducationApplicant' });

export const OutboxMailDto = z
  .object({ id: z.string(), to: z.string(), subject: z.string(), text: z.string(), sentAt: z.string() })
  .meta({ id: 'EducationOutboxMail' });

export const ApplicationBody = z
  .strictObject({
    choices: z.array(Id).min(1).max(6),
    languageLevel: CefrLevel,
    degree: z.string().trim().min(1).max(300).describe('the degree held, e.g. a bachelor in informatics'),
    statement: z.string().trim().max(5000).default(''),
  })
  .meta({
    example: {
      choices: ['0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b'],
      languageLevel: 'B2',
      degree: 'Bachelor of informatics',
      statement: 'Why I apply.',
    },
  });

export const ApplicationStatus = z.enum(['submitted', 'nominated', 'offered', 'accepted']);
export const OfferStatus = z.enum(['open', 'accepted', 'declined']);

export const OfferDto = z
  .object({
    id: z.string(),
    applicationId: z.string(),
    programmeId: z.string(),
    status: OfferStatus,
    createdAt: z.string(),
  })
  .meta({ id: 'EducationOffer' });

export const ApplicationDto = z
  .object({
    id: z.string(),
    callId: z.string(),
    state: Country,
    applicant: z.object({ userId: z.string(), displayName: z.string(), email: z.string() }).nullable(),
    choices: z.array(z.string()),
    languageLevel: CefrLevel.nullable(),
    degree: z.string().nullable(),
    statement: z.string().nullable(),
    documents: z.array(z.string()),
    status: ApplicationStatus,
    rank: z.number().int().nullable(),
    erased: z.boolean().describe('the applicant had their personal data erased; the award record stays'),
    offers: z.array(OfferDto),
    submittedAt: z.string(),
  })
  .meta({ id: 'EducationApplication' });
export type ApplicationDto = z.infer<typeof ApplicationDto>;

export const NominationBody = z
  .strictObject({
    state: StateCode.describe("the nominating state: its grant authority's mandate"),
    ranked: z.array(Id).max(100_000),
  })
  .meta({ example: { state: 'KZ', ranked: ['0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b'] } });

export const OfferBody = z
  .strictObject({ programmeId: Id })
  .meta({ example: { programmeId: '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b' } });

export const CallOverviewDto = z
  .object({
    callId: z.string(),
    applications: z.number().int(),
    perState: z.array(
      z.object({
        state: Country,
        quota: z.number().int(),
        applications: z.number().int(),
        nominated: z.number().int(),
        offered: z.number().int(),
        awarded: z.number().int(),
      }),
    ),
    perProgramme: z.array(
      z.object({
        programmeId: z.string(),
        places: z.number().int(),
        offered: z.number().int(),
        awarded: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'EducationCallOverview' });

export const AwardStatDto = z
  .object({ state: Country, field: IscedField, level: z.number().int(), awards: z.number().int() })
  .meta({ id: 'EducationAwardStat' });
