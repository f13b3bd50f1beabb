import type { FeedCredentials } from '../../../contracts/cyber-feeds';
import { defineJob, type JobDefinition } from '../../core/jobs';
import type { Kernel } from '../../core/module';
import { currentMemberCodes } from '../states';
import * as repo from './cyber.repository';
import { decryptCredentials, feedKeyOf } from './feeds.crypto';
import * as feeds from './feeds.repository';
import { toMicros } from './stix/time';
import { ingestObjects } from './ingest.service';

/**
 * Polling a feed (ADR 0022): GET …/collections/{id}/objects/ with `added_after` and, within one poll,
 * `next`, page after page. Each page's objects go through the exchange's one ingest path (validation,
 * markings, de-duplication by id and version) in one transaction with the feed's resume point, so a
 * poll stopped anywhere continues after the last page it stored, neither losing nor repeating one.
 */

/** The HTTP client of the poller: `fetch`, or any function of the same shape (tests, proxies). */
export type FeedFetch = (
  url: string,
  init: { method: 'GET'; headers: Record<string, string>; signal: AbortSignal },
) => Promise<Response>;

export const FEED_PAGE_LIMIT = 500;
/** Pages one run takes from one feed before yielding to the others; the next run continues. */
export const MAX_PAGES_PER_RUN = 200;
const MAX_PAGE_BYTES = 50 * 1024 * 1024;
const REQUEST_TIMEOUT_MS = 60_000;
const TAXII = 'application/taxii+json;version=2.1';

class FeedPollError extends Error {}

interface Position {
  addedAfter: string | null;
  next: string | null;
  lastAdded: string | null;
}

function authorization(c: FeedCredentials): Record<string, string> {
  if (c.kind === 'basic')
    return { authorization: `Basic ${Buffer.from(`${c.username}:${c.password}`).toString('base64')}` };
  if (c.kind === 'bearer') return { authorization: `Bearer ${c.token}` };
  return {};
}

function objectsUrl(f: feeds.FeedRow, p: Position) {
  const q = new URLSearchParams({ 'match[version]': 'all', limit: String(FEED_PAGE_LIMIT) });
  if (p.addedAfter) q.set('added_after', p.addedAfter);
  if (p.next) q.set('next', p.next);
  return `${f.api_root_url}collections/${encodeURIComponent(f.remote_collection)}/objects/?${q}`;
}

/** The later of two TAXII timestamps, compared as instants (servers spell them differently). */
function later(a: string | null, b: string | null): string | null {
  if (a === null || b === null) return a ?? b;
  return (toMicros(b) ?? 0) > (toMicros(a) ?? 0) ? b : a;
}

async function readEnvelope(res: Response) {
  const type = res.headers.get('content-type') ?? '';
  if (!/^application\/(taxii\+)?json/i.test(type)) {
    throw new FeedPollError(`the server answered ${type || 'no content type'}, not a TAXII envelope`);
  }
  const declared = Number(res.headers.get('content-length') ?? 0);
  if (declared > MAX_PAGE_BYTES) throw new FeedPollError(`a page of ${declared} bytes is over the limit`);
  const reader = res.body?.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (let r = await reader?.read(); r && !r.done; r = await reader!.read()) {
    size += r.value.length;
    if (size > MAX_PAGE_BYTES) {
      await reader!.cancel();
      throw new FeedPollError(`a page is over ${MAX_PAGE_BYTES} bytes`);
    }
    parts.push(r.value);
  }
  let body: unknown;
  try {
    body = JSON.parse(Buffer.concat(parts).toString('utf8'));
  } catch {
    throw new FeedPollError('the server answered a page that is not JSON');
  }
  const e = body as { objects?: unknown; more?: unknown; next?: unknown } | null;
  if (!e || typeof e !== 'object' || (e.objects !== undefined && !Array.isArray(e.objects))) {
    throw new FeedPollError('the server answered something other than a TAXII envelope');
  }
  return {
    objects: (e.objects ?? []) as unknown[],
    more: e.more === true,
    next: typeof e.next === 'string' && e.next.length > 0 ? e.next : null,
  };
}

async function describeFailure(res: Response) {
  let title = '';
  try {
    const b = (await res.json()) as { title?: unknown };
    if (typeof b?.title === 'string') title = `: ${b.title.slice(0, 200)}`;
  } catch {
    // Not a TAXII error message (medallion answers some errors in HTML): the status says enough.
  }
  return `the server answered HTTP ${res.status}${title}`;
}

/**
 * Takes what a feed has to give now, page by page, and records its health. Never throws: a failure is
 * the feed's last error, and the next poll is due one interval later.
 */
export async function pollFeed(kernel: Kernel, fetchFeed: FeedFetch, id: string) {
  const f = await feeds.findFeed(kernel.db, id);
  if (!f || f.status !== 'active') return;
  const startedAt = kernel.now().toISOString();
  await feeds.updateFeed(kernel.db, id, {
    last_attempt_at: startedAt,
    objects_last_run: 0,
    rejected_last_run: 0,
  });
  const interval = f.interval_minutes * 60_000;
  try {
    const credentials = decryptCredentials(feedKeyOf(kernel.config), id, f.credentials);
    const memberCodes = await currentMemberCodes(kernel.db);
    const collection = await repo.findCollection(kernel.db, f.collection_id);
    if (!collection || !memberCodes.includes(f.state_code)) {
      throw new FeedPollError(`${f.state_code} is no longer a member state of the exchange`);
    }
    const target = { collection, publisher: f.state_code, addedBy: `feed:${id}`, memberCodes };
    const headers = {
      accept: TAXII,
      'user-agent': 'sco-platform-cyber-feeds/1',
      ...authorization(credentials),
    };
    let pos: Position = { addedAfter: f.added_after, next: f.next_token, lastAdded: f.last_added };
    let finished = false;
    let refusedNext = false;
    for (let pages = 0; pages < MAX_PAGES_PER_RUN && !finished; pages++) {
      const res = await fetchFeed(objectsUrl(f, pos), {
        method: 'GET',
        headers,
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      if (res.status === 400 && pos.next !== null && !refusedNext) {
        // A cursor the server no longer honours (medallion's sessions expire after 30 s): continue
        // from the last page stored, with added_after, which every TAXII 2.1 server understands.
        refusedNext = true;
        await res.body?.cancel();
        pos = { addedAfter: pos.lastAdded, next: null, lastAdded: pos.lastAdded };
        continue;
      }
      if (!res.ok) throw new FeedPollError(await describeFailure(res));
      const page = await readEnvelope(res);
      const pageLast = later(pos.lastAdded, res.headers.get('x-taxii-date-added-last'));
      let after: Position;
      if (!page.more) {
        after = { addedAfter: pageLast, next: null, lastAdded: pageLast };
        finished = true;
      } else if (page.next) {
        after = { addedAfter: pos.addedAfter, next: page.next, lastAdded: pageLast };
      } else {
        // `more` without `next` (OpenTAXII's manifest): the next page starts after this one's last date.
        if (pageLast === null || pageLast === pos.addedAfter) {
          throw new FeedPollError(
            'the server says more objects follow but gives neither next nor a later X-TAXII-Date-Added-Last',
          );
        }
        after = { addedAfter: pageLast, next: null, lastAdded: pageLast };
      }
      await kernel.db.transaction().execute(async (trx) => {
        const current = await feeds.lockFeed(trx, id, kernel.dbKind === 'postgres');
        if (
          !current ||
          current.api_root_url !== f.api_root_url ||
          current.remote_collection !== f.remote_collection
        ) {
          throw new FeedPollError('the feed was changed during the poll; the next poll starts afresh');
        }
        const r = page.objects.length > 0 ? await ingestObjects(kernel, trx, target, page.objects) : null;
        await feeds.updateFeed(trx, id, {
          added_after: after.addedAfter,
          next_token: after.next,
          last_added: after.lastAdded,
        });
        await feeds.countTaken(trx, id, r?.added ?? 0, r?.failures.length ?? 0);
        if (r) {
          await kernel.audit.record(trx, null, {
            action: 'cyber.feed_page_stored',
            targetType: 'cyber_feed',
            targetId: id,
            actingFor: f.state_code,
            data: {
              collection: collection.id,
              received: page.objects.length,
              added: r.added,
              rejected: r.failures.length,
              ...(r.failures.length > 0 ? { firstRejection: r.failures[0] } : {}),
            },
          });
        }
      });
      pos = after;
    }
    const now = kernel.now();
    await feeds.updateFeed(kernel.db, id, {
      last_success_at: finished ? now.toISOString() : f.last_success_at,
      last_error: null,
      // A poll cut short by the page bound continues at once; a finished one after its interval.
      next_poll_at: new Date(now.getTime() + (finished ? interval : 0)).toISOString(),
    });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    kernel.log.warn({ feed: id, err: message }, 'feed poll failed');
    await feeds.updateFeed(kernel.db, id, {
      last_error: message.slice(0, 2000),
      next_poll_at: new Date(kernel.now().getTime() + interval).toISOString(),
    });
  }
}

/** The feed job: polls, one after another, every active feed whose next poll is due. */
export function feedJobs(fetchFeed: FeedFetch): JobDefinition[] {
  return [
    defineJob({
      name: 'cyber.feeds_poll',
      due: async (kernel) => {
        const at = await feeds.nextPollAt(kernel.db);
        return at ? new Date(at) : null;
      },
      run: async (kernel) => {
        for (const id of await feeds.listDue(kernel.db, kernel.now().toISOString())) {
          await pollFeed(kernel, fetchFeed, id);
        }
      },
    }),
  ];
}
