import { z } from 'zod';
import { namesStates, StateCode } from './common';

/** A feed: a member CERT's own TAXII 2.1 collection that the exchange polls into one of its collections. */
export const FeedAuthKind = z.enum(['none', 'basic', 'bearer']);
export type FeedAuthKind = z.infer<typeof FeedAuthKind>;

const ApiRootUrl = z
  .url({ protocol: /^https?$/ })
  .max(2000)
  .refine((u) => u.endsWith('/'), { message: 'a TAXII API root URL ends with /' })
  .refine((u) => !/[?#]/.test(u), { message: 'an API root URL has no query or fragment' })
  .refine((u) => !/^https?:\/\/[^/]*@/.test(u), { message: 'put credentials in the credential fields' });

const RemoteCollection = z.string().regex(/^[A-Za-z0-9._~-]{1,128}$/, 'a TAXII collection id');

/**
 * Credentials as the coordinator enters them: written, never read back. `none` for an open server.
 */
export const FeedCredentials = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('none') }),
  z.strictObject({
    kind: z.literal('basic'),
    username: z.string().min(1).max(200),
    password: z.string().min(1).max(1000),
  }),
  z.strictObject({ kind: z.literal('bearer'), token: z.string().min(1).max(4000) }),
]);
export type FeedCredentials = z.infer<typeof FeedCredentials>;

export const CreateFeedBody = z.strictObject({
  title: z.string().trim().min(1).max(200),
  apiRootUrl: ApiRootUrl,
  remoteCollectionId: RemoteCollection,
  stateCode: namesStates(StateCode, 'the member state whose CERT runs the polled server'),
  /** The exchange collection the feed publishes into; default: the CERT's own collection. */
  collectionId: z.string().min(1).max(64).optional(),
  credentials: FeedCredentials,
  intervalMinutes: z.number().int().min(5).max(10080),
});
export type CreateFeedBody = z.infer<typeof CreateFeedBody>;

export const UpdateFeedBody = z.strictObject({
  title: z.string().trim().min(1).max(200).optional(),
  apiRootUrl: ApiRootUrl.optional(),
  remoteCollectionId: RemoteCollection.optional(),
  collectionId: z.string().min(1).max(64).optional(),
  credentials: FeedCredentials.optional(),
  intervalMinutes: z.number().int().min(5).max(10080).optional(),
});
export type UpdateFeedBody = z.infer<typeof UpdateFeedBody>;

export const FeedParams = z.strictObject({ id: z.string().min(1).max(64) });

export const FeedHealthDto = z.object({
  lastAttemptAt: z.string().nullable(),
  lastSuccessAt: z.string().nullable(),
  lastError: z.string().nullable(),
  objectsTotal: z.number().int(),
  objectsLastRun: z.number().int(),
  rejectedLastRun: z.number().int(),
  nextPollAt: z.string().nullable(),
  /** A poll stopped between two pages and will continue from the last page it stored. */
  resuming: z.boolean(),
});

export const FeedDto = z
  .object({
    id: z.string(),
    title: z.string(),
    apiRootUrl: z.string(),
    remoteCollectionId: z.string(),
    stateCode: z.string(),
    collectionId: z.string(),
    collectionAlias: z.string(),
    authKind: FeedAuthKind,
    intervalMinutes: z.number().int(),
    status: z.enum(['active', 'paused']),
    health: FeedHealthDto,
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'CyberFeed' });
export type FeedDto = z.infer<typeof FeedDto>;
