import type { CreateFeedBody, FeedDto, UpdateFeedBody } from '../../../contracts/cyber-feeds';
import type { Actor } from '../../core/auth/actor';
import { isUniqueViolation, type DbOrTrx } from '../../core/db/database';
import { newId } from '../../core/ids';
import type { Kernel } from '../../core/module';
import { currentMemberCodes } from '../states';
import { ANONYMOUS, writableFor } from './access';
import { FeedErrors } from './cyber.errors';
import * as repo from './cyber.repository';
import { encryptCredentials, feedKeyOf } from './feeds.crypto';
import * as feeds from './feeds.repository';

/**
 * The Secretariat's register of feeds (ADR 0022): member CERTs' own TAXII 2.1 collections that the
 * exchange polls into one of its collections, in that CERT's name. Credentials go in encrypted and
 * never come out; neither the API nor the audit log ever holds them.
 */
function toDto(f: feeds.FeedRow, alias: string): FeedDto {
  return {
    id: f.id,
    title: f.title,
    apiRootUrl: f.api_root_url,
    remoteCollectionId: f.remote_collection,
    stateCode: f.state_code,
    collectionId: f.collection_id,
    collectionAlias: alias,
    authKind: f.auth_kind,
    intervalMinutes: f.interval_minutes,
    status: f.status,
    health: {
      lastAttemptAt: f.last_attempt_at,
      lastSuccessAt: f.last_success_at,
      lastError: f.last_error,
      objectsTotal: f.objects_total,
      objectsLastRun: f.objects_last_run,
      rejectedLastRun: f.rejected_last_run,
      nextPollAt: f.status === 'active' ? f.next_poll_at : null,
      resuming: f.next_token !== null,
    },
    createdAt: f.created_at,
    updatedAt: f.updated_at,
  };
}

async function present(db: DbOrTrx, f: feeds.FeedRow) {
  return toDto(f, (await repo.findCollection(db, f.collection_id))?.alias ?? '');
}

/** The collection the feed publishes into must be one its CERT may write; by default the CERT's own. */
async function targetCollection(kernel: Kernel, state: string, collectionId: string | undefined) {
  const memberCodes = await currentMemberCodes(kernel.db);
  if (!memberCodes.includes(state))
    throw FeedErrors.feedInvalid({ reason: `${state} is not a member state` });
  const c = collectionId
    ? await repo.findCollection(kernel.db, collectionId)
    : await repo.findCollectionByAlias(kernel.db, `cert-${state.toLowerCase()}`);
  const cert = { ...ANONYMOUS, memberStates: [state], certStates: [state] };
  if (!c || writableFor(cert, c, memberCodes).length === 0) {
    throw FeedErrors.feedInvalid({ reason: `the CERT of ${state} may not publish into that collection` });
  }
  return c;
}

/** TAXII 2.1 requires HTTPS (§1.6.9); plain HTTP is accepted outside production, for test servers. */
function checkUrl(kernel: Kernel, url: string) {
  if (kernel.config.nodeEnv === 'production' && !url.startsWith('https://')) {
    throw FeedErrors.feedInvalid({ reason: 'a feed is polled over HTTPS' });
  }
}

function requireKey(kernel: Kernel) {
  const key = feedKeyOf(kernel.config);
  if (!key) throw FeedErrors.feedKeyMissing();
  return key;
}

/** What the audit log keeps of a feed: everything but its credentials. */
function auditData(
  f: Pick<
    feeds.FeedTables['cyber_feed'],
    | 'title'
    | 'api_root_url'
    | 'remote_collection'
    | 'state_code'
    | 'collection_id'
    | 'auth_kind'
    | 'interval_minutes'
  >,
) {
  return {
    title: f.title,
    apiRootUrl: f.api_root_url,
    remoteCollectionId: f.remote_collection,
    stateCode: f.state_code,
    collectionId: f.collection_id,
    authKind: f.auth_kind,
    intervalMinutes: f.interval_minutes,
  };
}

/** @throws cyber.feed_invalid, cyber.feed_exists, cyber.feed_key_missing */
export async function createFeed(kernel: Kernel, actor: Actor, input: CreateFeedBody): Promise<FeedDto> {
  const key = requireKey(kernel);
  checkUrl(kernel, input.apiRootUrl);
  const c = await targetCollection(kernel, input.stateCode, input.collectionId);
  const now = kernel.now().toISOString();
  const id = newId();
  const row: feeds.FeedTables['cyber_feed'] = {
    id,
    title: input.title,
    api_root_url: input.apiRootUrl,
    remote_collection: input.remoteCollectionId,
    state_code: input.stateCode,
    collection_id: c.id,
    auth_kind: input.credentials.kind,
    credentials: encryptCredentials(key, id, input.credentials),
    interval_minutes: input.intervalMinutes,
    status: 'active',
    added_after: null,
    next_token: null,
    last_added: null,
    next_poll_at: now,
    last_attempt_at: null,
    last_success_at: null,
    last_error: null,
    objects_total: 0,
    objects_last_run: 0,
    rejected_last_run: 0,
    created_at: now,
    created_by: actor.userId,
    updated_at: now,
  };
  try {
    await kernel.db.transaction().execute(async (trx) => {
      await feeds.insertFeed(trx, row);
      await kernel.audit.record(trx, actor, {
        action: 'cyber.feed_created',
        targetType: 'cyber_feed',
        targetId: id,
        actingFor: 'secretariat',
        data: auditData(row),
      });
      await kernel.jobs.wake(trx);
    });
  } catch (err) {
    if (isUniqueViolation(err)) {
      throw FeedErrors.feedExists({
        apiRootUrl: input.apiRootUrl,
        remoteCollectionId: input.remoteCollectionId,
      });
    }
    throw err;
  }
  return toDto({ ...row, objects_total: 0 }, c.alias);
}

async function getRow(db: DbOrTrx, id: string) {
  const f = await feeds.findFeed(db, id);
  if (!f) throw FeedErrors.feedNotFound({ id });
  return f;
}

export async function listFeeds(kernel: Kernel): Promise<FeedDto[]> {
  const aliases = new Map((await repo.listCollections(kernel.db)).map((c) => [c.id, c.alias]));
  return (await feeds.listFeeds(kernel.db)).map((f) => toDto(f, aliases.get(f.collection_id) ?? ''));
}

export async function getFeed(kernel: Kernel, id: string): Promise<FeedDto> {
  return present(kernel.db, await getRow(kernel.db, id));
}

/**
 * Changes a feed. A new server or collection starts from the beginning again (its positions mean
 * nothing elsewhere); objects already taken stay, and the de-duplication keeps them single.
 * @throws cyber.feed_not_found, cyber.feed_invalid, cyber.feed_exists, cyber.feed_key_missing
 */
export async function updateFeed(kernel: Kernel, actor: Actor, id: string, input: UpdateFeedBody) {
  const f = await getRow(kernel.db, id);
  if (input.apiRootUrl) checkUrl(kernel, input.apiRootUrl);
  const c = input.collectionId ? await targetCollection(kernel, f.state_code, input.collectionId) : null;
  const set: Partial<feeds.FeedTables['cyber_feed']> = { updated_at: kernel.now().toISOString() };
  if (input.title !== undefined) set.title = input.title;
  if (input.intervalMinutes !== undefined) set.interval_minutes = input.intervalMinutes;
  if (c) set.collection_id = c.id;
  const moved =
    (input.apiRootUrl !== undefined && input.apiRootUrl !== f.api_root_url) ||
    (input.remoteCollectionId !== undefined && input.remoteCollectionId !== f.remote_collection);
  if (input.apiRootUrl !== undefined) set.api_root_url = input.apiRootUrl;
  if (input.remoteCollectionId !== undefined) set.remote_collection = input.remoteCollectionId;
  if (moved) Object.assign(set, { added_after: null, next_token: null, last_added: null });
  if (input.credentials) {
    set.auth_kind = input.credentials.kind;
    set.credentials = encryptCredentials(requireKey(kernel), id, input.credentials);
  }
  try {
    await kernel.db.transaction().execute(async (trx) => {
      await feeds.updateFeed(trx, id, set);
      await kernel.audit.record(trx, actor, {
        action: 'cyber.feed_updated',
        targetType: 'cyber_feed',
        targetId: id,
        actingFor: 'secretariat',
        data: {
          changed: Object.keys(input).sort(),
          ...auditData({ ...f, ...set }),
          ...(moved ? { restarted: true } : {}),
        },
      });
    });
  } catch (err) {
    if (isUniqueViolation(err)) {
      throw FeedErrors.feedExists({
        apiRootUrl: set.api_root_url ?? f.api_root_url,
        remoteCollectionId: set.remote_collection ?? f.remote_collection,
      });
    }
    throw err;
  }
  return getFeed(kernel, id);
}

/** Pauses or resumes polling; a resumed feed is polled at once, from where it stopped. */
export async function setFeedStatus(kernel: Kernel, actor: Actor, id: string, status: 'active' | 'paused') {
  const f = await getRow(kernel.db, id);
  if (f.status !== status) {
    const now = kernel.now().toISOString();
    await kernel.db.transaction().execute(async (trx) => {
      await feeds.updateFeed(trx, id, {
        status,
        updated_at: now,
        ...(status === 'active' ? { next_poll_at: now } : {}),
      });
      await kernel.audit.record(trx, actor, {
        action: status === 'paused' ? 'cyber.feed_paused' : 'cyber.feed_resumed',
        targetType: 'cyber_feed',
        targetId: id,
        actingFor: 'secretariat',
        data: { title: f.title },
      });
      if (status === 'active') await kernel.jobs.wake(trx);
    });
  }
  return getFeed(kernel, id);
}

/**
 * At start: in production a platform with feeds refuses to run without the key that decrypts their
 * credentials, rather than failing every poll.
 */
export async function checkFeedKey(kernel: Kernel) {
  if (feedKeyOf(kernel.config)) return;
  const n = await feeds.countFeeds(kernel.db);
  if (n > 0) {
    throw new Error(
      `CYBER_FEED_KEY: required in production once feeds exist (${n} registered); set the key their credentials were stored with`,
    );
  }
}
