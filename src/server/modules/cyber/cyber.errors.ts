import { defineError } from '../../core/errors';

/** Errors of the cyber exchange. On /taxii2/ they are rendered as TAXII 2.1 error messages. */
export const CyberErrors = {
  notAcceptable: defineError<{ accept: string }>(
    'cyber.not_acceptable',
    406,
    'The Accept header names no media type this endpoint serves (application/taxii+json;version=2.1)',
  ),
  unsupportedMediaType: defineError<{ contentType: string }>(
    'cyber.unsupported_media_type',
    415,
    'Send the envelope as application/taxii+json;version=2.1',
  ),
  badFilter: defineError<{ parameter: string; reason: string }>(
    'cyber.bad_filter',
    400,
    'A filter or paging parameter is malformed',
  ),
  badCursor: defineError(
    'cyber.bad_cursor',
    400,
    'The next cursor is not one this server issued for these filters',
  ),
  collectionNotFound: defineError<{ id: string }>('cyber.collection_not_found', 404, 'No such collection'),
  objectNotFound: defineError<{ id: string }>(
    'cyber.object_not_found',
    404,
    'No such object in this collection',
  ),
  statusNotFound: defineError<{ id: string }>('cyber.status_not_found', 404, 'No such status'),
  readForbidden: defineError<{ id: string }>('cyber.read_forbidden', 403, 'You may not read this collection'),
  writeForbidden: defineError<{ id: string }>(
    'cyber.write_forbidden',
    403,
    'You may not write to this collection',
  ),
  badEnvelope: defineError<{ reason: string }>(
    'cyber.bad_envelope',
    422,
    'The body is not a TAXII envelope with a list of STIX objects',
  ),
  groupInvalid: defineError<{ reason: string }>(
    'cyber.group_invalid',
    400,
    'A sharing group needs a title and at least two member CERTs of the exchange',
  ),
  aliasTaken: defineError<{ alias: string }>(
    'cyber.alias_taken',
    409,
    'Another collection already has this alias',
  ),
};

/** Errors of the exchange's feeds and bundle files (JSON API, problem+json). */
export const FeedErrors = {
  feedNotFound: defineError<{ id: string }>('cyber.feed_not_found', 404, 'No such feed'),
  feedExists: defineError<{ apiRootUrl: string; remoteCollectionId: string }>(
    'cyber.feed_exists',
    409,
    'This collection of this server already feeds that collection',
  ),
  feedInvalid: defineError<{ reason: string }>('cyber.feed_invalid', 400, 'The feed cannot be registered'),
  feedKeyMissing: defineError(
    'cyber.feed_key_missing',
    503,
    'Feed credentials need CYBER_FEED_KEY, which this production server does not have',
  ),
  bundleInvalid: defineError<{ reason: string }>(
    'cyber.bundle_invalid',
    422,
    'The file is not a STIX 2.1 bundle with a list of objects',
  ),
};
