import { defineError } from '../../core/errors';

export const RegimesErrors = {
  notFound: defineError<{ code: string }>('regimes.not_found', 404, 'No such regime'),
  exists: defineError<{ code: string }>('regimes.exists', 409, 'A regime with this code is already recorded'),
  unknownCountry: defineError<{ country: string }>(
    'regimes.unknown_country',
    422,
    'Not an ISO 3166-1 country code',
  ),
  invalidHistory: defineError<{ reason: string }>(
    'regimes.invalid_history',
    422,
    'The status history is not possible: each status at most once, initiated, then in force, then withdrawn',
  ),
  visaMismatch: defineError<{ type: string }>(
    'regimes.visa_mismatch',
    422,
    'A visa regime names the nationals it is for and their requirement; other regimes name none',
  ),
  badRange: defineError<{ from: string; to: string }>(
    'regimes.bad_range',
    400,
    'The period ends before it starts',
  ),
  importHasErrors: defineError<{ errorCount: number; badRows: string[]; errors: string[] }>(
    'regimes.import_has_errors',
    422,
    'Some rows have errors, so nothing was imported; correct them or ask to import the good rows',
  ),
  importNotFound: defineError<{ id: string }>('regimes.import_not_found', 404, 'No such import'),
  csvHeader: defineError<{ missing: string[]; unknown: string[] }>(
    'regimes.csv_header',
    422,
    'The first row must name the columns of the regimes CSV format',
  ),
};
