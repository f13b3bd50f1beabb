import { tables, toNumber, type DbOrTrx } from '../db/database';

export interface ThreadTables {
  core_thread_post: {
    id: string;
    owner_module: string;
    owner_id: string;
    parent_id: string | null;
    kind: string;
    author_user_id: string;
    author_email: string;
    state_code: string | null;
    body: string;
    version: number;
    created_at: string;
    edited_at: string | null;
    hidden_at: string | null;
    hidden_by: string | null;
    hidden_reason: string | null;
  };
  core_thread_post_version: {
    post_id: string;
    version: number;
    body: string;
    author_user_id: string;
    author_email: string;
    state_code: string | null;
    written_at: string;
  };
}

type PostRow = ThreadTables['core_thread_post'];
type VersionRow = ThreadTables['core_thread_post_version'];

/** A post as stored: the owning module and record say which thread it belongs to. */
export interface ThreadPost {
  id: string;
  owner: string;
  ownerId: string;
  parentId: string | null;
  kind: string;
  authorUserId: string;
  authorEmail: string;
  /** The state the author spoke for; null for the Secretariat. */
  state: string | null;
  body: string;
  version: number;
  createdAt: string;
  editedAt: string | null;
  hidden: { at: string; by: string; reason: string } | null;
}

export interface ThreadPostVersion {
  version: number;
  body: string;
  authorUserId: string;
  authorEmail: string;
  state: string | null;
  writtenAt: string;
}

const db = (d: DbOrTrx) => tables<ThreadTables>(d);

function toPost(r: PostRow): ThreadPost {
  return {
    id: r.id,
    owner: r.owner_module,
    ownerId: r.owner_id,
    parentId: r.parent_id,
    kind: r.kind,
    authorUserId: r.author_user_id,
    authorEmail: r.author_email,
    state: r.state_code,
    body: r.body,
    version: toNumber(r.version),
    createdAt: r.created_at,
    editedAt: r.edited_at,
    hidden: r.hidden_at ? { at: r.hidden_at, by: r.hidden_by ?? '', reason: r.hidden_reason ?? '' } : null,
  };
}

function toVersion(r: VersionRow): ThreadPostVersion {
  return {
    version: toNumber(r.version),
    body: r.body,
    authorUserId: r.author_user_id,
    authorEmail: r.author_email,
    state: r.state_code,
    writtenAt: r.written_at,
  };
}

/** Stores a new post as version 1, in the history too. */
export async function insertPost(d: DbOrTrx, p: ThreadPost) {
  await db(d)
    .insertInto('core_thread_post')
    .values({
      id: p.id,
      owner_module: p.owner,
      owner_id: p.ownerId,
      parent_id: p.parentId,
      kind: p.kind,
      author_user_id: p.authorUserId,
      author_email: p.authorEmail,
      state_code: p.state,
      body: p.body,
      version: p.version,
      created_at: p.createdAt,
      edited_at: null,
      hidden_at: null,
      hidden_by: null,
      hidden_reason: null,
    })
    .execute();
  await insertVersion(d, p.id, {
    version: p.version,
    body: p.body,
    authorUserId: p.authorUserId,
    authorEmail: p.authorEmail,
    state: p.state,
    writtenAt: p.createdAt,
  });
}

async function insertVersion(d: DbOrTrx, postId: string, v: ThreadPostVersion) {
  await db(d)
    .insertInto('core_thread_post_version')
    .values({
      post_id: postId,
      version: v.version,
      body: v.body,
      author_user_id: v.authorUserId,
      author_email: v.authorEmail,
      state_code: v.state,
      written_at: v.writtenAt,
    })
    .execute();
}

/**
 * Replaces the text and keeps it as the next version. The version guard makes a concurrent edit of the
 * same post lose with a conflict (the history's primary key) instead of overwriting silently.
 */
export async function updateBody(d: DbOrTrx, p: ThreadPost, body: string, at: string) {
  const version = p.version + 1;
  await insertVersion(d, p.id, {
    version,
    body,
    authorUserId: p.authorUserId,
    authorEmail: p.authorEmail,
    state: p.state,
    writtenAt: at,
  });
  await db(d)
    .updateTable('core_thread_post')
    .set({ body, version, edited_at: at })
    .where('id', '=', p.id)
    .where('version', '=', p.version)
    .execute();
}

export async function setHidden(
  d: DbOrTrx,
  id: string,
  hidden: { at: string; by: string; reason: string } | null,
) {
  await db(d)
    .updateTable('core_thread_post')
    .set({
      hidden_at: hidden?.at ?? null,
      hidden_by: hidden?.by ?? null,
      hidden_reason: hidden?.reason ?? null,
    })
    .where('id', '=', id)
    .execute();
}

export async function findPost(
  d: DbOrTrx,
  owner: string,
  ownerId: string,
  id: string,
): Promise<ThreadPost | undefined> {
  const r = await db(d)
    .selectFrom('core_thread_post')
    .selectAll()
    .where('id', '=', id)
    .where('owner_module', '=', owner)
    .where('owner_id', '=', ownerId)
    .executeTakeFirst();
  return r && toPost(r);
}

/** Oldest first: ids are UUIDv7, so their order is the order of writing. */
export async function listPosts(d: DbOrTrx, owner: string, ownerId: string): Promise<ThreadPost[]> {
  const rows = await db(d)
    .selectFrom('core_thread_post')
    .selectAll()
    .where('owner_module', '=', owner)
    .where('owner_id', '=', ownerId)
    .orderBy('id')
    .execute();
  return rows.map(toPost);
}

export async function listVersions(d: DbOrTrx, postId: string): Promise<ThreadPostVersion[]> {
  const rows = await db(d)
    .selectFrom('core_thread_post_version')
    .selectAll()
    .where('post_id', '=', postId)
    .orderBy('version')
    .execute();
  return rows.map(toVersion);
}
